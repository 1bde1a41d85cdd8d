package dev.bobbin.model.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.common.Ids;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolePermissionsTest {

  @ParameterizedTest(name = "{0} may {1}: {2}")
  @CsvSource({
    "FLOOR, RECORD_STOCK_MOVEMENTS, true",
    "FLOOR, UPDATE_STAGES, true",
    "FLOOR, EDIT_PRICES, false",
    "FLOOR, EDIT_ITEMS, false",
    "FLOOR, MANAGE_INVOICES, false",
    "DESIGNER, EDIT_DESIGNS, true",
    "DESIGNER, APPROVE_DESIGNS, false",
    "DESIGNER, RECORD_STOCK_MOVEMENTS, false",
    "MANAGER, APPROVE_DESIGNS, true",
    "MANAGER, EDIT_PRICES, true",
    "MANAGER, MANAGE_USERS, false",
    "ADMIN, MANAGE_USERS, true",
    "ADMIN, MANAGE_INTEGRATIONS, true"
  })
  void theTableDecides(Role role, Permission permission, boolean allowed) {
    assertThat(RolePermissions.allows(role, permission)).isEqualTo(allowed);
  }

  @Test
  void rolesNestFromFloorToAdminWhereTheyShareWork() {
    assertThat(RolePermissions.of(Role.MANAGER)).containsAll(RolePermissions.of(Role.FLOOR));
    assertThat(RolePermissions.of(Role.MANAGER)).containsAll(RolePermissions.of(Role.DESIGNER));
    assertThat(RolePermissions.of(Role.ADMIN)).containsAll(RolePermissions.of(Role.MANAGER));
  }

  @Test
  void aDeactivatedUserMayDoNothing() {
    User admin = new User(Ids.newId(), "ayesha@example.com", "Ayesha", Role.ADMIN, false);
    assertThat(admin.can(Permission.VIEW_INVENTORY)).isFalse();
  }
}
