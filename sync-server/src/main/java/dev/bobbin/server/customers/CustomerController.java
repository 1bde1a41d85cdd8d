package dev.bobbin.server.customers;

import dev.bobbin.model.auth.Permission;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.server.audit.AuditLog;
import dev.bobbin.server.db.OrgVersions;
import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import dev.bobbin.server.http.Route;
import dev.bobbin.server.security.Access;
import dev.bobbin.server.security.RequestContext;
import io.javalin.http.Context;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Customers over plain REST, for integrations such as a storefront with an API key (the desktop
 * syncs them through {@code /sync} instead).
 */
public final class CustomerController {
  private static final String PATH = Route.API + "/customers";
  private static final Access ACCESS = Access.permission(Permission.MANAGE_CUSTOMERS);

  private final AuditLog audit;

  public CustomerController(AuditLog audit) {
    this.audit = audit;
  }

  record NewCustomer(
      UUID id, String name, String email, String phone, String address, String notes) {}

  public List<Route> routes() {
    return List.of(Route.get(PATH, ACCESS, this::list), Route.post(PATH, ACCESS, this::create));
  }

  private void list(Context ctx) throws SQLException {
    List<Customer> customers =
        Sql.list(
            RequestContext.connection(ctx),
            "select * from customer where org_id = ? order by lower(name), id",
            CustomerController::customer,
            RequestContext.principal(ctx).orgId());
    ctx.json(Map.of("customers", customers));
  }

  private void create(Context ctx) throws SQLException {
    NewCustomer body = Fields.required("body", ctx.bodyAsClass(NewCustomer.class));
    Customer customer;
    try {
      customer =
          new Customer(
              body.id() == null ? UUID.randomUUID() : body.id(),
              body.name(),
              body.email(),
              body.phone(),
              body.address(),
              body.notes());
    } catch (ValidationException e) {
      throw ProblemException.invalid(e.getMessage());
    }
    UUID orgId = RequestContext.principal(ctx).orgId();
    Connection c = RequestContext.connection(ctx);
    try {
      Sql.update(
          c,
          "insert into customer (id, org_id, name, email, phone, address, notes, version)"
              + " values (?, ?, ?, ?, ?, ?, ?, ?)",
          customer.id(),
          orgId,
          customer.name(),
          customer.email(),
          customer.phone(),
          customer.address(),
          customer.notes(),
          OrgVersions.next(c, orgId));
    } catch (SQLException e) {
      if ("23505".equals(e.getSQLState())) {
        throw new ProblemException(
            409, "customer-exists", "Customer exists", "A customer with this id already exists.");
      }
      throw e;
    }
    audit.record(
        c,
        orgId,
        AuditLog.Actor.of(ctx),
        "customer.created",
        "customer",
        customer.id().toString(),
        Map.of());
    ctx.status(201).json(customer);
  }

  private static Customer customer(ResultSet row) throws SQLException {
    return new Customer(
        row.getObject("id", UUID.class),
        row.getString("name"),
        row.getString("email"),
        row.getString("phone"),
        row.getString("address"),
        row.getString("notes"));
  }
}
