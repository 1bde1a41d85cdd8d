package dev.bobbin.desktop.production;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.production.StageTemplate;
import dev.bobbin.model.production.WorkflowTemplate;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkflowTemplateRepositoryTest {
  @TempDir Path dir;

  @Test
  void aTemplateKeepsItsStagesInOrder() {
    try (LocalData data = TestData.open(dir)) {
      WorkflowTemplate balloons =
          new WorkflowTemplate(
              Ids.newId(),
              "Balloon décor",
              List.of(
                  new StageTemplate("Design", false),
                  new StageTemplate("Inflate", true),
                  new StageTemplate("Assemble", false),
                  new StageTemplate("Deliver", false)));

      data.workflows().create(balloons);

      assertThat(data.workflows().findById(balloons.id())).contains(balloons);
      assertThat(data.workflows().all()).containsExactly(balloons);
    }
  }

  @Test
  void addingAStageChangesTheTemplate() {
    try (LocalData data = TestData.open(dir)) {
      WorkflowTemplate before =
          data.workflows()
              .create(
                  new WorkflowTemplate(
                      Ids.newId(), "Print", List.of(new StageTemplate("Print", true))));
      WorkflowTemplate after =
          new WorkflowTemplate(
              before.id(),
              "Print",
              List.of(new StageTemplate("Print", true), new StageTemplate("Trim", false)));

      data.workflows().update(before, after);

      assertThat(data.workflows().findById(before.id())).contains(after);
    }
  }
}
