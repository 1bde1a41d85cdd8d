package dev.bobbin.desktop.conflicts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.common.Unit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxViewModelTest {

  @Test
  void listsWhatWaitsSinceWhenAndWhyAndExportsIt(@TempDir Path dir, @TempDir Path out)
      throws Exception {
    try (LocalData data = TestData.open(dir)) {
      data.items().create(TestData.item("OUT-1", Unit.M));
      OutboxViewModel model = new OutboxViewModel(data.outbox(), BackgroundTasks.sameThread());

      model.refresh();

      assertThat(model.rows()).hasSize(2); // the signed-in user, then the item
      assertThat(model.rows().get(1).what()).startsWith("create item");
      assertThat(model.rows().get(1).why()).isEqualTo("Waiting for the next sync");
      assertThat(model.messageProperty().get()).isEqualTo("2 changes waiting for the server");

      Path file = out.resolve("outbox.json");
      model.export(file);
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .contains("\"format\" : \"bobbin-outbox-1\"")
          .contains("OUT-1");
      assertThat(model.messageProperty().get()).startsWith("2 changes exported");
    }
  }
}
