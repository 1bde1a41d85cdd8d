package dev.bobbin.desktop.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.production.StageTemplate;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowTemplatesViewModelTest {
  @TempDir Path dir;
  LocalData data;
  WorkflowTemplatesViewModel model;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    new Floor(data);
    model =
        new WorkflowTemplatesViewModel(
            data.workflows(), data.currentUser(), BackgroundTasks.sameThread());
    model.load();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aManagerReordersRenamesAndAddsStages() {
    assertThat(model.nameProperty().get()).isEqualTo("Garment");
    model.moveStage(model.stages().get(2), -1);
    model.addStage();
    model.stages().get(3).nameProperty().set("QC");
    model.save();

    assertThat(model.errorProperty().get()).isEmpty();
    assertThat(data.workflows().all().get(0).stages())
        .extracting(StageTemplate::name)
        .containsExactly("Cutting", "Packing", "Sewing", "QC");
  }

  @Test
  void aNewWorkflowIsCreatedAndDuplicateStageNamesAreRefused() {
    model.createNew();
    model.nameProperty().set("Balloons");
    model.stages().get(1).nameProperty().set("cutting");
    model.save();
    assertThat(model.errorProperty().get()).contains("stages: must have distinct names");

    model.stages().get(1).nameProperty().set("Deliver");
    model.save();
    assertThat(data.workflows().all())
        .extracting(w -> w.name())
        .containsExactly("Balloons", "Garment");
  }

  @Test
  void onlyManagersMayChangeTemplates() {
    data.currentUser().signIn(data.users().create(TestData.user("f@example.com", Role.FLOOR)));
    assertThat(model.canEdit()).isFalse();
    model.nameProperty().set("Renamed");
    model.save();
    assertThat(model.errorProperty().get())
        .isEqualTo("Only a manager may change workflow templates.");
    assertThat(data.workflows().all().get(0).name()).isEqualTo("Garment");
  }
}
