package dev.bobbin.desktop.store;

import dev.bobbin.model.auth.User;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Who is working on this device right now. Ledger lines and outbox entries record it; the UI signs
 * a person in and out. Nobody is signed in at first.
 */
public final class CurrentUser {
  private final AtomicReference<User> user = new AtomicReference<>();

  public void signIn(User person) {
    user.set(person);
  }

  public void signOut() {
    user.set(null);
  }

  public Optional<User> get() {
    return Optional.ofNullable(user.get());
  }

  /**
   * The signed-in user's id.
   *
   * @throws StoreException when nobody is signed in
   */
  public UUID requireId() {
    return get()
        .map(User::id)
        .orElseThrow(
            () -> new StoreException("Sign in first: nobody is signed in on this device."));
  }
}
