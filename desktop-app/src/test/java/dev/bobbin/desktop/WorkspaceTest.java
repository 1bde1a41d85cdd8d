package dev.bobbin.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.demo.DemoWorkspace;
import dev.bobbin.desktop.inventory.ItemFilter;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.auth.User;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {
  @TempDir Path home;

  @Test
  void firstStartWithSampleDataSeedsTheDemoAndSignsInItsAdmin() {
    try (Workspace workspace = open(true)) {
      assertThat(workspace.dataDir()).isEqualTo(home.resolve(".local/share/bobbin"));
      assertThat(workspace.data().currentUser().get())
          .map(User::email)
          .contains(DemoWorkspace.ADMIN_EMAIL);

      assertThat(workspace.data().items().search("poplin", ItemFilter.all(), 0, 3)).hasSize(3);
      assertThat(workspace.data().items().count("poplin", ItemFilter.all())).isEqualTo(5);
    }
  }

  @Test
  void reopeningFindsTheSameDataAndDoesNotSeedAgain() {
    long items;
    try (Workspace first = open(true)) {
      items = first.data().items().count("", ItemFilter.all());
    }

    try (Workspace again = open(true)) {
      assertThat(again.data().items().count("", ItemFilter.all())).isEqualTo(items);
    }
  }

  @Test
  void withoutSampleDataTheWorkspaceStartsEmptyWithNobodySignedIn() {
    try (Workspace workspace = open(false)) {
      assertThat(workspace.data().items().count("", ItemFilter.all())).isZero();
      assertThat(workspace.data().currentUser().get()).isEmpty();
    }
  }

  private Workspace open(boolean sampleData) {
    return Workspace.open(
        new DesktopOptions(Optional.empty(), Optional.empty(), sampleData),
        new DataDirectory(Map.of(), "Linux", home),
        TestData.CLOCK);
  }
}
