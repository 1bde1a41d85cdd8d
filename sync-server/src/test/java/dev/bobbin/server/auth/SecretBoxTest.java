package dev.bobbin.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.server.security.Secrets;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  private final SecretBox box = new SecretBox(Secrets.randomBytes(32));

  @Test
  void aSealedValueOpensForItsOwnRow() {
    String sealed = box.seal("JBSWY3DPEHPK3PXP", "user-1");

    assertThat(sealed).startsWith("v1:").doesNotContain("JBSWY3DPEHPK3PXP");
    assertThat(box.open(sealed, "user-1")).isEqualTo("JBSWY3DPEHPK3PXP");
  }

  @Test
  void aValueCopiedToAnotherRowDoesNotOpen() {
    String sealed = box.seal("JBSWY3DPEHPK3PXP", "user-1");

    assertThatThrownBy(() -> box.open(sealed, "user-2")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void anotherKeyCannotOpenIt() {
    String sealed = box.seal("JBSWY3DPEHPK3PXP", "user-1");

    assertThatThrownBy(() -> new SecretBox(Secrets.randomBytes(32)).open(sealed, "user-1"))
        .hasMessageContaining("BOBBIN_DATA_KEY");
  }
}
