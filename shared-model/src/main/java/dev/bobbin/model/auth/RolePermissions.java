package dev.bobbin.model.auth;

import static dev.bobbin.model.auth.Permission.*;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The one table of who may do what. The server checks every mutation against it; the desktop uses
 * it to decide what to offer.
 *
 * <table>
 *   <caption>Role → permissions</caption>
 *   <tr><th>floor</th><td>see stock, designs and production; record movements and counts; move stages</td></tr>
 *   <tr><th>designer</th><td>floor's viewing rights plus designs (not approval), quotes, customers, reports</td></tr>
 *   <tr><th>manager</th><td>everything about the work: items and prices, approval, planning, invoices, suppliers, conflicts, audit</td></tr>
 *   <tr><th>admin</th><td>everything, including users, settings and integrations</td></tr>
 * </table>
 */
public final class RolePermissions {
  private static final Map<Role, Set<Permission>> TABLE = new EnumMap<>(Role.class);

  static {
    Set<Permission> floor =
        EnumSet.of(
            VIEW_INVENTORY,
            RECORD_STOCK_MOVEMENTS,
            COUNT_STOCK,
            VIEW_DESIGNS,
            VIEW_PRODUCTION,
            UPDATE_STAGES);
    Set<Permission> designer =
        EnumSet.of(
            VIEW_INVENTORY,
            VIEW_DESIGNS,
            EDIT_DESIGNS,
            VIEW_PRODUCTION,
            MANAGE_CUSTOMERS,
            MANAGE_QUOTES,
            VIEW_REPORTS);
    Set<Permission> manager = EnumSet.allOf(Permission.class);
    manager.removeAll(EnumSet.of(MANAGE_USERS, MANAGE_SETTINGS, MANAGE_INTEGRATIONS));
    TABLE.put(Role.FLOOR, Set.copyOf(floor));
    TABLE.put(Role.DESIGNER, Set.copyOf(designer));
    TABLE.put(Role.MANAGER, Set.copyOf(manager));
    TABLE.put(Role.ADMIN, Set.copyOf(EnumSet.allOf(Permission.class)));
  }

  private RolePermissions() {}

  public static Set<Permission> of(Role role) {
    return TABLE.get(role);
  }

  public static boolean allows(Role role, Permission permission) {
    return TABLE.get(role).contains(permission);
  }
}
