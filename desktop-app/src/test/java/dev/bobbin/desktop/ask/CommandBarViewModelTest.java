package dev.bobbin.desktop.ask;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.ask.AskEngine;
import dev.bobbin.model.ask.Intent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandBarViewModelTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-25T09:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;
  LocalData data;
  AskLog log;
  final List<String> followed = new ArrayList<>();
  CommandBarViewModel model;

  @BeforeEach
  void open() {
    data = LocalData.open(dir, CLOCK);
    log = new AskLog(data.store());
    model =
        new CommandBarViewModel(
            new AskEngine(new LocalAskData(data.store(), CLOCK)),
            log,
            BackgroundTasks.sameThread(),
            CLOCK,
            Optional::empty,
            followed::add);
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aQuestionIsAnsweredLoggedAndItsActionFollowed() {
    model.show();
    model.questionProperty().set("open inventory");
    model.ask();

    assertThat(model.answerProperty().get().intent()).isEqualTo(Intent.NAVIGATE);
    assertThat(model.busyProperty().get()).isFalse();
    assertThat(log.recent(5)).extracting(AskLog.Entry::question).containsExactly("open inventory");

    model.follow(model.answerProperty().get().actions().get(0));

    assertThat(followed).containsExactly("bobbin://inventory");
    assertThat(model.openProperty().get()).isFalse();
  }

  @Test
  void aMarkIsKeptBesideTheEntry() {
    model.ask("what is running low");
    model.mark(false);

    assertThat(model.helpfulProperty().get()).isFalse();
    assertThat(log.recent(1).get(0).helpful()).contains(false);
  }

  @Test
  void aBlankQuestionIsIgnoredAndAnOverlongOneExplained() {
    model.questionProperty().set("   ");
    model.ask();
    assertThat(model.answerProperty().get()).isNull();

    model.questionProperty().set("a".repeat(AskEngine.MAX_QUESTION_LENGTH + 1));
    model.ask();
    assertThat(model.errorProperty().get()).contains("under 500 characters");
    assertThat(log.recent(5)).isEmpty();
  }
}
