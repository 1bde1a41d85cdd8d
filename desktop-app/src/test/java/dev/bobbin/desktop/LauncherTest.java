package dev.bobbin.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherTest {

  @Test
  void linuxWithoutADisplaySaysSoAndShowsTheXvfbForm() {
    assertThat(Launcher.displayProblem("Linux", Map.of(), null))
        .contains("needs a display")
        .contains("xvfb-run -a ./bobbin");
  }

  @Test
  void aDisplayOrHeadlessGlassOrAnotherOsIsFine() {
    assertThat(Launcher.displayProblem("Linux", Map.of("DISPLAY", ":0"), null)).isNull();
    assertThat(Launcher.displayProblem("Linux", Map.of("WAYLAND_DISPLAY", "w"), null)).isNull();
    assertThat(Launcher.displayProblem("Linux", Map.of(), "Monocle")).isNull();
    assertThat(Launcher.displayProblem("Windows 11", Map.of(), null)).isNull();
  }

  @Test
  void optionsParseDataDirServerAndSampleData() {
    DesktopOptions options =
        DesktopOptions.parse(
                "--data-dir", "/tmp/b", "--server", "http://localhost:8080", "--no-sample-data")
            .orElseThrow();
    assertThat(options.dataDir()).contains(Path.of("/tmp/b"));
    assertThat(options.server()).contains(URI.create("http://localhost:8080"));
    assertThat(options.sampleData()).isFalse();
    assertThat(DesktopOptions.parse().orElseThrow().sampleData()).isTrue();
  }

  @Test
  void anUnknownOptionStopsTheStart() {
    assertThat(DesktopOptions.parse("--frobnicate")).isEmpty();
  }
}
