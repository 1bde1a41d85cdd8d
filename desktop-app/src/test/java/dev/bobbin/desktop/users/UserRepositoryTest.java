package dev.bobbin.desktop.users;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserRepositoryTest {
  @TempDir Path dir;

  @Test
  void aUserSurvivesTheRoundTripAndIsFoundByEmailInAnyCase() {
    try (LocalData data = TestData.open(dir)) {
      User elodie =
          new User(
              Ids.newId(), "Elodie@Meghna-Apparel.example", "Élodie Marchand", Role.DESIGNER, true);

      data.users().create(elodie);

      assertThat(data.users().findById(elodie.id())).contains(elodie);
      assertThat(data.users().findByEmail("elodie@meghna-apparel.example")).contains(elodie);
    }
  }

  @Test
  void deactivatingAUserIsAnUpdateOfOneField() {
    try (LocalData data = TestData.open(dir)) {
      User rafiq = data.users().create(TestData.user("rafiq@example.com", Role.FLOOR));

      data.users()
          .update(
              rafiq, new User(rafiq.id(), rafiq.email(), rafiq.displayName(), Role.FLOOR, false));

      assertThat(data.users().findById(rafiq.id()).orElseThrow().active()).isFalse();
      assertThat(data.outbox().entriesFor(rafiq.id()).get(1).payload())
          .isEqualTo("{\"active\":{\"from\":true,\"to\":false}}");
    }
  }
}
