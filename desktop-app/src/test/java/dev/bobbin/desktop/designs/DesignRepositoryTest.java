package dev.bobbin.desktop.designs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.designs.Design;
import dev.bobbin.model.designs.DesignStatus;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DesignRepositoryTest {
  @TempDir Path dir;
  private LocalData data;
  private DesignRepository designs;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    designs = data.designs();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aDesignSurvivesTheRoundTripWithTagsPaletteAndBillOfMaterials() {
    Design design = shirt(Set.of("shirt", "cotton"));

    designs.create(design);

    Design stored = designs.findById(design.id()).orElseThrow();
    assertThat(stored).isEqualTo(design);
    assertThat(stored.palette()).containsExactly("#FFFFFF", "#1F2A44");
    assertThat(stored.bom())
        .extracting(BomLine::quantityPerUnit)
        .containsExactly(new BigDecimal("1.6"), new BigDecimal("0.0625"));
  }

  @Test
  void changingTheTagsWritesOnlyTheTags() throws Exception {
    Design before = designs.create(shirt(Set.of("shirt")));
    Design after =
        new Design(
            before.id(),
            before.code(),
            before.name(),
            null,
            before.description(),
            before.status(),
            Set.of("shirt", "uniform"),
            null,
            before.palette(),
            before.bom());

    designs.update(before, after);

    String payload = data.outbox().entriesFor(before.id()).get(1).payload();
    assertThat(new ObjectMapper().readTree(payload).fieldNames())
        .toIterable()
        .containsExactly("tags");
    assertThat(designs.findById(before.id()).orElseThrow().tags())
        .containsExactlyInAnyOrder("shirt", "uniform");
    assertThat(designs.tagged("uniform")).extracting(Design::id).containsExactly(before.id());
  }

  @Test
  void findsByCodeIgnoringCaseAndListsByCode() {
    Design shirt = designs.create(shirt(Set.of()));

    assertThat(designs.findByCode("sh-101")).contains(shirt);
    assertThat(designs.all()).containsExactly(shirt);
  }

  @Test
  void deletingRemovesItsTagsAndLinesToo() {
    Design shirt = designs.create(shirt(Set.of("shirt")));

    assertThat(designs.delete(shirt.id())).isTrue();

    assertThat(designs.findById(shirt.id())).isEmpty();
    assertThat(designs.tagged("shirt")).isEmpty();
  }

  @Test
  void moreDecimalsPerUnitThanTheColumnKeepsAreRejectedNotRounded() {
    // The shared record refuses it before it can reach the column (which would round it).
    assertThatThrownBy(() -> new BomLine(Ids.newId(), new BigDecimal("0.0000001")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("at most " + BomLine.MAX_DECIMALS + " decimals");
  }

  private static Design shirt(Set<String> tags) {
    return new Design(
        Ids.newId(),
        "SH-101",
        "Classic poplin shirt",
        null,
        "Regular fit, button-down collar.",
        DesignStatus.APPROVED,
        tags,
        null,
        List.of("#FFFFFF", "#1F2A44"),
        List.of(
            new BomLine(Ids.newId(), new BigDecimal("1.6")),
            new BomLine(Ids.newId(), new BigDecimal("0.0625"))));
  }
}
