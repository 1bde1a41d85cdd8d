package dev.bobbin.server.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UserDataFolderTest {

  @ParameterizedTest(name = "{0} with {1}={2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      textBlock =
          """
          Linux      | -             | -              | /home/ana/.local/share/bobbin
          Linux      | XDG_DATA_HOME | /data/xdg      | /data/xdg/bobbin
          Linux      | XDG_DATA_HOME | relative/xdg   | /home/ana/.local/share/bobbin
          Windows 11 | APPDATA       | /c/Users/ana/AppData/Roaming | /c/Users/ana/AppData/Roaming/Bobbin
          Windows 11 | -             | -              | /home/ana/AppData/Roaming/Bobbin
          Mac OS X   | -             | -              | /home/ana/Library/Application Support/Bobbin
          """)
  void followsEachOperatingSystemsConvention(
      String osName, String variable, String value, String expected) {
    Map<String, String> env = new HashMap<>();
    if (variable != null) {
      env.put(variable, value);
    }

    Path folder = UserDataFolder.resolve(osName, env, Path.of("/home/ana"));

    assertThat(folder).isEqualTo(Path.of(expected));
  }
}
