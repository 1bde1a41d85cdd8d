package dev.bobbin.desktop.sync;

import dev.bobbin.desktop.store.CurrentUser;
import dev.bobbin.desktop.store.PreferenceRepository;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.auth.UserPreference;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sends the signed-in person's changed preferences (theme, start screen, column layouts) and takes
 * the server's merged set, the later change of each name winning, once per sync run.
 */
final class PreferenceSync {
  private final PreferenceRepository preferences;
  private final CurrentUser current;
  private final SyncClient client;

  PreferenceSync(PreferenceRepository preferences, CurrentUser current, SyncClient client) {
    this.preferences = preferences;
    this.current = current;
    this.client = client;
  }

  void run() {
    // The server takes the changes only if they are its session's user's (someone else may be
    // working on this device, signed in locally); it always answers with that user's set.
    Optional<UUID> working = current.get().map(User::id);
    List<UserPreference> changed = working.map(preferences::unsent).orElse(List.of());
    SyncClient.MergedPreferences merged = client.mergePreferences(working, changed);
    preferences.merge(merged.userId(), merged.preferences());
  }
}
