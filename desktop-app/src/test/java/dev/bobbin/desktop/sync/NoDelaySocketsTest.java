package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelaySocketsTest {

  @Test
  void theSyncClientsSocketsSendWithoutWaitingForAcknowledgements() throws Exception {
    try (Socket socket = SyncClient.defaultHttp().socketFactory().createSocket()) {
      assertThat(socket.getTcpNoDelay()).isTrue();
    }
  }
}
