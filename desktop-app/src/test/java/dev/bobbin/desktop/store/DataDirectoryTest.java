package dev.bobbin.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {
  private static final Path HOME = Path.of("/home/ayesha");

  @Test
  void linuxUsesXdgDataHome() {
    DataDirectory dirs = new DataDirectory(Map.of("XDG_DATA_HOME", "/data/xdg"), "Linux", HOME);

    assertThat(dirs.locate(Optional.empty())).isEqualTo(Path.of("/data/xdg/bobbin"));
  }

  @Test
  void linuxWithoutXdgDataHomeUsesLocalShare() {
    DataDirectory dirs = new DataDirectory(Map.of(), "Linux", HOME);

    assertThat(dirs.locate(Optional.empty())).isEqualTo(HOME.resolve(".local/share/bobbin"));
  }

  @Test
  void linuxIgnoresARelativeXdgDataHomeAsTheSpecSays() {
    DataDirectory dirs = new DataDirectory(Map.of("XDG_DATA_HOME", "relative/dir"), "Linux", HOME);

    assertThat(dirs.locate(Optional.empty())).isEqualTo(HOME.resolve(".local/share/bobbin"));
  }

  @Test
  void windowsUsesAppData() {
    DataDirectory dirs =
        new DataDirectory(
            Map.of("APPDATA", "C:\\Users\\ayesha\\AppData\\Roaming"), "Windows 11", HOME);

    assertThat(dirs.locate(Optional.empty()))
        .isEqualTo(Path.of("C:\\Users\\ayesha\\AppData\\Roaming").resolve("Bobbin"));
  }

  @Test
  void windowsWithoutAppDataUsesRoamingUnderHome() {
    DataDirectory dirs = new DataDirectory(Map.of(), "Windows 10", HOME);

    assertThat(dirs.locate(Optional.empty())).isEqualTo(HOME.resolve("AppData/Roaming/Bobbin"));
  }

  @Test
  void macUsesApplicationSupport() {
    DataDirectory dirs = new DataDirectory(Map.of("XDG_DATA_HOME", "/ignored"), "Mac OS X", HOME);

    assertThat(dirs.locate(Optional.empty()))
        .isEqualTo(HOME.resolve("Library/Application Support/Bobbin"));
  }

  @Test
  void environmentVariableBeatsThePlatformDefault() {
    DataDirectory dirs =
        new DataDirectory(
            Map.of(DataDirectory.ENV_VARIABLE, "/srv/bobbin", "XDG_DATA_HOME", "/x"),
            "Linux",
            HOME);

    assertThat(dirs.locate(Optional.empty())).isEqualTo(Path.of("/srv/bobbin"));
  }

  @Test
  void blankEnvironmentVariableIsIgnored() {
    DataDirectory dirs = new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, "  "), "Linux", HOME);

    assertThat(dirs.locate(Optional.empty())).isEqualTo(HOME.resolve(".local/share/bobbin"));
  }

  @Test
  void dataDirOptionBeatsEverything() {
    DataDirectory dirs =
        new DataDirectory(Map.of(DataDirectory.ENV_VARIABLE, "/srv/bobbin"), "Linux", HOME);

    assertThat(dirs.locate(Optional.of(Path.of("/tmp/mine")))).isEqualTo(Path.of("/tmp/mine"));
  }

  @Test
  void prepareCreatesTheFolder(@TempDir Path tmp) {
    DataDirectory dirs = new DataDirectory(Map.of(), "Linux", tmp);

    Path dir = dirs.prepare(Optional.empty());

    assertThat(dir).isEqualTo(tmp.resolve(".local/share/bobbin")).isDirectory();
  }

  @Test
  void prepareExplainsAFolderThatCannotBeCreated(@TempDir Path tmp) throws IOException {
    Path inTheWay = Files.writeString(tmp.resolve("bobbin"), "not a folder");
    DataDirectory dirs = new DataDirectory(Map.of(), "Linux", tmp);

    assertThatThrownBy(() -> dirs.prepare(Optional.of(inTheWay)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("Bobbin cannot write to its data folder " + inTheWay + ": ");
  }
}
