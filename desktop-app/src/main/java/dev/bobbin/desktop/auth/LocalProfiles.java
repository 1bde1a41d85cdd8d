package dev.bobbin.desktop.auth;

import dev.bobbin.model.auth.User;

/**
 * Where the signed-in person's profile is kept locally (the {@code app_user} row), so that local
 * changes attributed to them point at a known user even offline.
 */
@FunctionalInterface
public interface LocalProfiles {
  void remember(User user);
}
