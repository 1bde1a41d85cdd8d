package dev.bobbin.server.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DatabaseUrlsTest {

  @Test
  void postgresUrlBecomesJdbcUrlWithItsCredentials() {
    ExternalDatabase db =
        DatabaseUrls.parse("DATABASE_URL", "postgres://bob:s3cret@db.example:6543/bobbin");

    assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:6543/bobbin");
    assertThat(db.user()).contains("bob");
    assertThat(db.password()).contains("s3cret");
  }

  @Test
  void postgresqlSchemeWithoutPortKeepsTheDriverDefaultAndTheQuery() {
    ExternalDatabase db =
        DatabaseUrls.parse("DATABASE_URL", "postgresql://bob@db.example/bobbin?sslmode=require");

    assertThat(db.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example/bobbin?sslmode=require");
    assertThat(db.user()).contains("bob");
    assertThat(db.password()).isEmpty();
  }

  @Test
  void percentEncodedCredentialsAreDecoded() {
    ExternalDatabase db =
        DatabaseUrls.parse("DATABASE_URL", "postgres://b%40b:p%3Ass%2Fw@db:5432/bobbin");

    assertThat(db.user()).contains("b@b");
    assertThat(db.password()).contains("p:ss/w");
  }

  @Test
  void jdbcUrlIsUsedAsItIs() {
    String url = "jdbc:postgresql://db.example:5432/bobbin?user=bob&password=s3cret";

    ExternalDatabase db = DatabaseUrls.parse("DATABASE_URL", url);

    assertThat(db).isEqualTo(new ExternalDatabase(url, Optional.empty(), Optional.empty()));
  }

  @Test
  void describeMasksPasswordsInUserInfoAndQuery() {
    assertThat(DatabaseUrls.mask("postgres://bob:s3cret@db/x"))
        .isEqualTo("postgres://bob:***@db/x");
    assertThat(DatabaseUrls.mask("jdbc:postgresql://db/x?user=bob&password=s3cret&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/x?user=bob&password=***&ssl=true");
  }

  @Test
  void urlWithoutHostIsRejectedNamingTheSetting() {
    assertThatThrownBy(() -> DatabaseUrls.parse("BOBBIN_DB_URL", "postgres:///bobbin"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("BOBBIN_DB_URL must be");
  }
}
