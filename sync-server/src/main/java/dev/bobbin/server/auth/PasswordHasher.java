package dev.bobbin.server.auth;

import com.password4j.Argon2Function;
import com.password4j.types.Argon2;
import dev.bobbin.server.config.SecurityConfig;

/** Argon2id password hashes in PHC string form ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}). */
public final class PasswordHasher {
  private static final int HASH_BYTES = 32;

  private final Argon2Function function;
  // Verified when the account does not exist, so that an unknown address costs the same time.
  private final String dummyHash;

  public PasswordHasher(SecurityConfig.Argon2Params params) {
    this.function =
        Argon2Function.getInstance(
            params.memoryKib(), params.iterations(), params.parallelism(), HASH_BYTES, Argon2.ID);
    this.dummyHash = hash("not-a-real-password-" + System.nanoTime());
  }

  public String hash(String password) {
    return function.hash(password).getResult();
  }

  /** Checks {@code password} against a stored hash, whatever parameters it was made with. */
  public boolean verify(String password, String storedHash) {
    if (!storedHash.startsWith("$argon2id$")) {
      return false;
    }
    return Argon2Function.getInstanceFromHash(storedHash).check(password, storedHash);
  }

  /** Spends the time of one verification, for a sign-in whose account does not exist. */
  public void verifyDummy(String password) {
    function.check(password, dummyHash);
  }
}
