package dev.bobbin.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app skips Hibernate's schema check at start (it costs over a second); this test runs it, so
 * an entity that no longer matches the Flyway migrations fails the build instead.
 */
class MappingMatchesSchemaTest {
  @TempDir Path dir;

  @Test
  void everyEntityMatchesTheMigratedTables() {
    try (LocalStore store =
        LocalStore.open(dir, LocalData.entityClasses(), HibernateBootstrap.SchemaCheck.VALIDATE)) {
      assertThat(store.dataDir()).isEqualTo(dir.toAbsolutePath().normalize());
    }
  }
}
