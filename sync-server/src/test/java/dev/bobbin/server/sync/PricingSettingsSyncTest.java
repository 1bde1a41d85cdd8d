package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationResult;
import dev.bobbin.model.sync.PushResponse;
import dev.bobbin.server.TestServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Pricing settings sync like any record; only people who may edit prices may change them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PricingSettingsSyncTest {
  private SyncFixture fixture;
  private TestServer.Session designer;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("Pricing");
    designer = fixture.test.createUser(fixture.admin, Role.DESIGNER);
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
  }

  static Map<String, Object> settings(UUID id) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("id", id.toString());
    values.put("simpleHourlyRate", Map.of("amount", 11, "currency", "EUR"));
    values.put("standardHourlyRate", Map.of("amount", 14.5, "currency", "EUR"));
    values.put("complexHourlyRate", Map.of("amount", 22, "currency", "EUR"));
    values.put("simpleMinutes", 8);
    values.put("standardMinutes", 20);
    values.put("complexMinutes", 55);
    values.put("overheadPercent", 12.5);
    values.put("marginPercent", 30);
    values.put("volumeDiscounts", List.of("100:5", "500:9"));
    values.put("productMinutes", List.of("Evening dress:COMPLEX:240"));
    return values;
  }

  @Test
  void aManagersSettingsAreStoredAndPulledAsTheyWereSent() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    UUID id = SyncHttp.newId();

    PushResponse response =
        device.push(device.create(EntityType.PRICING_SETTINGS, id, settings(id)));

    assertThat(response.results().get(0)).isInstanceOf(MutationResult.Applied.class);
    Change pulled =
        fixture.device(fixture.floor).pullAll(0).stream()
            .filter(c -> c.entity() == EntityType.PRICING_SETTINGS && c.id().equals(id))
            .findFirst()
            .orElseThrow();
    // Amounts come back as the numbers sent (BigDecimal or Double, as Jackson reads them).
    assertThat(pulled.record().get("standardHourlyRate"))
        .hasToString("{amount=14.5, currency=EUR}");
    assertThat(pulled.record().get("overheadPercent")).hasToString("12.5");
    assertThat(pulled.record())
        .containsEntry("volumeDiscounts", List.of("100:5", "500:9"))
        .containsEntry("productMinutes", List.of("Evening dress:COMPLEX:240"));
  }

  @Test
  void aDesignerWhoMayQuoteButNotEditPricesIsRefused() throws Exception {
    SyncHttp device = fixture.device(designer);
    UUID id = SyncHttp.newId();

    PushResponse response =
        device.push(device.create(EntityType.PRICING_SETTINGS, id, settings(id)));

    assertThat(response.results().get(0)).isInstanceOf(MutationResult.Rejected.class);
    assertThat(((MutationResult.Rejected) response.results().get(0)).code()).isEqualTo("forbidden");
    assertThat(fixture.count("select count(*) from pricing_settings where id = ?", id)).isZero();
  }

  @Test
  void malformedTiersAreRejectedWithTheReason() throws Exception {
    SyncHttp device = fixture.device(fixture.manager);
    UUID id = SyncHttp.newId();
    Map<String, Object> values = settings(id);
    values.put("volumeDiscounts", List.of("lots:5"));

    PushResponse response = device.push(device.create(EntityType.PRICING_SETTINGS, id, values));

    assertThat(((MutationResult.Rejected) response.results().get(0)).reason())
        .contains("\"lots:5\" is not");
  }
}
