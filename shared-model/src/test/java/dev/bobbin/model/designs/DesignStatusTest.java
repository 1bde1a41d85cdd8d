package dev.bobbin.model.designs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.IllegalTransitionException;
import dev.bobbin.model.common.ValidationException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DesignStatusTest {
  private static final Set<String> ALLOWED =
      Set.of(
          "DRAFT>APPROVED",
          "DRAFT>ARCHIVED",
          "APPROVED>ARCHIVED",
          "APPROVED>DRAFT",
          "ARCHIVED>DRAFT");

  @Test
  void everyPairIsAllowedOnlyIfListed() {
    for (DesignStatus from : DesignStatus.values()) {
      for (DesignStatus to : DesignStatus.values()) {
        String key = from + ">" + to;
        assertThat(from.canMoveTo(to)).as(key).isEqualTo(ALLOWED.contains(key));
      }
    }
    assertThatThrownBy(() -> DesignStatus.ARCHIVED.moveTo(DesignStatus.APPROVED))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("A design that is archived cannot become approved.");
  }

  @Test
  void aBomMayNotListAnItemTwiceAndPaletteColoursMustBeHex() {
    var item = Ids.newId();
    assertThatThrownBy(
            () ->
                new Design(
                    Ids.newId(),
                    "D-1",
                    "Shirt",
                    null,
                    null,
                    DesignStatus.DRAFT,
                    Set.of(),
                    null,
                    List.of("#FFFFFF", "white"),
                    List.of(new BomLine(item, BigDecimal.ONE), new BomLine(item, BigDecimal.TEN))))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("bom: lists the same item twice")
        .hasMessageContaining("palette: must be a colour like #1A2B3C");
  }
}
