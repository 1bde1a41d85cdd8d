package dev.bobbin.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadmeSettingsTest {

  @Test
  void everySettingIsInTheReadmeTable() throws IOException {
    String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);

    for (String setting : Settings.ALL) {
      assertThat(readme).as(setting).contains("| `" + setting + "` |");
    }
  }
}
