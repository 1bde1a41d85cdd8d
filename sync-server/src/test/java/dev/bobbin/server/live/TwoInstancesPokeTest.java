package dev.bobbin.server.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.sync.ProtocolVersion;
import dev.bobbin.server.BobbinServer;
import dev.bobbin.server.TestServer;
import dev.bobbin.server.metrics.ServerMetrics;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Two server instances on one Postgres share pokes through LISTEN/NOTIFY. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesPokeTest {
  private final OkHttpClient client = new OkHttpClient();
  private final ServerMetrics metrics = new ServerMetrics();
  private TestServer a;
  private BobbinServer b;
  private int portB;
  private TestServer.Session admin;

  @BeforeAll
  void twoInstances() throws Exception {
    a = new TestServer();
    admin = a.bootstrap("Atelier", "admin@live.example.com");
    // The same clock: tokens issued by A on the test clock must be valid on B.
    b = new BobbinServer(a.config, metrics, "dev", a.clock);
    portB = b.start();
  }

  @AfterAll
  void stop() throws Exception {
    b.close();
    a.close();
    metrics.close();
  }

  /** What a socket heard: messages, and the close code (or -1 while open). */
  private static final class Heard extends WebSocketListener {
    final BlockingQueue<String> messages = new LinkedBlockingQueue<>();
    final BlockingQueue<Integer> closes = new LinkedBlockingQueue<>();

    @Override
    public void onMessage(WebSocket socket, String text) {
      messages.add(text);
    }

    @Override
    public void onClosing(WebSocket socket, int code, String reason) {
      closes.add(code);
      socket.close(1000, null);
    }

    @Override
    public void onFailure(WebSocket socket, Throwable t, Response response) {
      closes.add(-2);
    }
  }

  private WebSocket open(int port, String token, Heard heard) {
    Request.Builder request =
        new Request.Builder()
            .url("ws://localhost:" + port + LiveModule.PATH)
            .header(ProtocolVersion.HEADER, "1");
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.newWebSocket(request.build(), heard);
  }

  @Test
  void aChangePushedThroughInstanceAPokesASocketOnInstanceB() throws Exception {
    Heard heard = new Heard();
    WebSocket socket = open(portB, admin.accessToken(), heard);
    try {
      String hello = heard.messages.poll(10, TimeUnit.SECONDS);
      assertThat(hello).as("current version on connect").matches("\\{\"version\":\\d+}");
      long before = version(hello);
      UUID customer = UUID.randomUUID();
      String push =
          a.json.writeValueAsString(
              Map.of(
                  "clientId",
                  UUID.randomUUID().toString(),
                  "mutations",
                  java.util.List.of(
                      Map.of(
                          "mutationId",
                          1,
                          "entity",
                          "customer",
                          "entityId",
                          customer.toString(),
                          "kind",
                          "CREATE",
                          "values",
                          Map.of("id", customer.toString(), "name", "Aarong"),
                          "userId",
                          admin.userId().toString(),
                          "madeAt",
                          "2026-11-25T09:00:00Z"))));
      okhttp3.Request request =
          new Request.Builder()
              .url(a.http.url("/api/v1/sync/push"))
              .header("Authorization", "Bearer " + admin.accessToken())
              .header(ProtocolVersion.HEADER, "1")
              .post(okhttp3.RequestBody.create(push, okhttp3.MediaType.get("application/json")))
              .build();
      dev.bobbin.server.TestHttp.Reply reply = a.http.send(request);
      assertThat(reply.status()).as(reply.body()).isEqualTo(200);

      String poke = heard.messages.poll(10, TimeUnit.SECONDS);

      assertThat(poke).isNotNull().matches("\\{\"version\":\\d+}");
      assertThat(version(poke)).isGreaterThan(before);
    } finally {
      socket.close(1000, null);
    }
  }

  @Test
  void aSocketWithoutAValidTokenIsClosedAsUnauthenticated() throws Exception {
    Heard heard = new Heard();
    open(portB, "not-a-token", heard);

    assertThat(heard.closes.poll(5, TimeUnit.SECONDS)).isEqualTo(LiveModule.CLOSE_UNAUTHENTICATED);
  }

  private static long version(String poke) {
    return Long.parseLong(poke.replaceAll("\\D", ""));
  }
}
