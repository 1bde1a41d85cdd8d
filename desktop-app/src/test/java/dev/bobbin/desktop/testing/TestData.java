package dev.bobbin.desktop.testing;

import dev.bobbin.desktop.DesktopOptions;
import dev.bobbin.desktop.Workspace;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.store.DataDirectory;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.Unit;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.inventory.Category;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.inventory.MovementReason;
import dev.bobbin.model.inventory.StockMovement;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Stores on real H2 files and sample records for the desktop's store tests. */
public final class TestData {
  /** Every test runs at this moment. */
  public static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private TestData() {}

  /** A store in {@code dir} with a signed-in manager. */
  public static LocalData open(Path dir) {
    LocalData data = LocalData.open(dir, CLOCK);
    User manager = data.users().create(user("manager@example.com", Role.MANAGER));
    data.currentUser().signIn(manager);
    return data;
  }

  /** The demo workspace, as a user's first start makes it, in {@code home}'s data folder. */
  public static Workspace demoWorkspace(Path home) {
    return Workspace.open(
        new DesktopOptions(Optional.empty(), Optional.empty(), true),
        new DataDirectory(Map.of(), "Linux", home),
        CLOCK);
  }

  public static User user(String email, Role role) {
    return new User(Ids.newId(), email, "Test " + role, role, true);
  }

  public static Item item(String sku, Unit unit) {
    return new Item(
        Ids.newId(),
        sku,
        "Cotton poplin " + sku,
        Category.FABRIC,
        "White",
        "#FFFFFF",
        "140 cm",
        unit,
        "Rack A-1",
        Money.of("185.50", "BDT"),
        null,
        new BigDecimal("10"),
        new BigDecimal("50"),
        false);
  }

  public static Customer customer(String name) {
    return new Customer(Ids.newId(), name, "buyer@example.com", "+880 2 5555 0100", null, null);
  }

  public static StockMovement movement(UUID itemId, String quantity, MovementReason reason) {
    return new StockMovement(
        Ids.newId(),
        itemId,
        new BigDecimal(quantity),
        reason,
        null,
        null,
        null,
        Ids.newId(),
        NOW,
        "test-device");
  }
}
