package dev.bobbin.desktop.store;

import java.nio.file.Path;
import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationState;

/**
 * Brings the local schema up to this version of the app with Flyway ({@code db/local}). A database
 * already migrated by a newer Bobbin is refused: an older app must not write rows it does not fully
 * understand (sync contract, "version skew").
 */
final class Migrations {
  private Migrations() {}

  static void migrate(DataSource dataSource, Path dir) {
    try {
      Flyway flyway =
          Flyway.configure()
              .dataSource(dataSource)
              .locations("classpath:db/local")
              .failOnMissingLocations(true)
              .load();
      boolean newer =
          Arrays.stream(flyway.info().all())
              .anyMatch(
                  m ->
                      m.getState() == MigrationState.FUTURE_SUCCESS
                          || m.getState() == MigrationState.FUTURE_FAILED);
      if (newer) {
        throw new StoreException(
            "The data folder "
                + dir
                + " was last used by a newer version of Bobbin. Update Bobbin to open it.");
      }
      flyway.migrate();
    } catch (FlywayException e) {
      throw new StoreException(
          "Bobbin cannot update the database in " + dir + ": " + e.getMessage(), e);
    }
  }
}
