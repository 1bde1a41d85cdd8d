package dev.bobbin.model.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldMergeTest {
  private static final Map<String, Object> ITEM =
      Map.of("name", "Poplin", "location", "Rack A-1", "reorderPoint", "50");

  @Test
  void editsToDifferentFieldsBothSurvive() {
    Map<String, Object> afterFirst =
        FieldMerge.apply(ITEM, Map.of("name", new FieldChange("Poplin", "Cotton poplin"))).merged();
    FieldMerge.Result second =
        FieldMerge.apply(afterFirst, Map.of("location", new FieldChange("Rack A-1", "Rack B-2")));
    assertThat(second.merged())
        .containsEntry("name", "Cotton poplin")
        .containsEntry("location", "Rack B-2");
    assertThat(second.clashes()).isEmpty();
  }

  @Test
  void theSameFieldEditedTwiceKeepsTheLastReceivedAndReportsTheOverwrittenValue() {
    Map<String, Object> afterFirst =
        FieldMerge.apply(ITEM, Map.of("name", new FieldChange("Poplin", "Navy poplin"))).merged();
    FieldMerge.Result second =
        FieldMerge.apply(afterFirst, Map.of("name", new FieldChange("Poplin", "Blue poplin")));
    assertThat(second.merged()).containsEntry("name", "Blue poplin");
    assertThat(second.clashes())
        .containsExactly(new FieldMerge.Clash("name", "Navy poplin", "Blue poplin"));
  }

  @Test
  void theSameCorrectionMadeTwiceIsNoClash() {
    Map<String, Object> fixed =
        FieldMerge.apply(ITEM, Map.of("name", new FieldChange("Poplin", "Cotton poplin"))).merged();
    FieldMerge.Result again =
        FieldMerge.apply(fixed, Map.of("name", new FieldChange("Poplin", "Cotton poplin")));
    assertThat(again.clashes()).isEmpty();
    assertThat(again.changes(fixed)).isFalse();
  }

  @Test
  void numbersCompareByValueWhateverTheirScaleOrForm() {
    FieldMerge.Result result =
        FieldMerge.apply(ITEM, Map.of("reorderPoint", new FieldChange(50.00, "60")));
    assertThat(result.clashes()).isEmpty();
    assertThat(
            JsonValues.same(
                Map.of("amount", "2.40", "currency", "USD"),
                Map.of("amount", 2.4, "currency", "USD")))
        .isTrue();
    assertThat(JsonValues.same(List.of("#FFFFFF"), List.of("#ffffff"))).isFalse();
  }

  @Test
  void nullsAreValuesToo() {
    Map<String, Object> withNull = new LinkedHashMap<>(ITEM);
    withNull.put("barcode", null);
    FieldMerge.Result result =
        FieldMerge.apply(withNull, Map.of("barcode", new FieldChange(null, "4006381333931")));
    assertThat(result.clashes()).isEmpty();
    assertThat(result.merged()).containsEntry("barcode", "4006381333931");
  }

  @Test
  void aDeleterMissedOnlyTheFieldsThatReallyChanged() {
    Map<String, Object> seen = new LinkedHashMap<>(ITEM);
    Map<String, Object> now = new LinkedHashMap<>(ITEM);
    now.put("name", "Poplin, white");
    now.put("reorderPoint", 50.0); // the same number, written differently
    now.put("serverOnly", "not in what the deleter saw");

    assertThat(FieldMerge.unseenEdits(seen, now))
        .containsExactly(Map.entry("name", "Poplin, white"));
    assertThat(FieldMerge.unseenEdits(seen, ITEM)).isEmpty();
  }
}
