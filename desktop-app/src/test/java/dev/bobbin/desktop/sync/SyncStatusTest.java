package dev.bobbin.desktop.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyncStatusTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "ONLINE          | 0 | 0 | -          | Synced",
        "ONLINE          | 1 | 0 | -          | Online · 1 change waiting",
        "ONLINE          | 0 | 2 | -          | Online · 2 set aside",
        "ONLINE          | 0 | 0 | Server 500 | Sync problem",
        "OFFLINE         | 3 | 0 | -          | Offline · 3 changes waiting",
        "SYNCING         | 0 | 0 | -          | Syncing…",
        "UPDATE_REQUIRED | 4 | 0 | -          | Update Bobbin to sync",
        "SIGNED_OUT      | 1 | 0 | -          | Signed out · sign in to sync · 1 change waiting"
      })
  void saysSyncedOnlyWhenOnlineWithNothingWaiting(
      SyncStatus.State state, long pending, long setAside, String error, String summary) {
    SyncStatus status = new SyncStatus(state, Instant.EPOCH, pending, setAside, error);

    assertThat(status.summary()).isEqualTo(summary);
    assertThat(status.synced()).isEqualTo(summary.equals("Synced"));
  }
}
