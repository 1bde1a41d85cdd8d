package dev.bobbin.desktop.demo;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.purchasing.Supplier;
import java.util.Currency;
import java.util.List;

/** The people of the demo: the factory's staff, its customers abroad and at home, its suppliers. */
final class DemoPeople {
  static final String ADMIN_EMAIL = "nusrat@meghna-apparel.example";
  static final String MANAGER_EMAIL = "tanvir@meghna-apparel.example";

  private DemoPeople() {}

  static List<User> staff() {
    return List.of(
        user(ADMIN_EMAIL, "Nusrat Jahan", Role.ADMIN),
        user(MANAGER_EMAIL, "Tanvir Ahmed", Role.MANAGER),
        user("elodie@meghna-apparel.example", "Élodie Marchand", Role.DESIGNER),
        user("rafiq@meghna-apparel.example", "Rafiq Islam", Role.FLOOR),
        user("shirin@meghna-apparel.example", "Shirin Akter", Role.FLOOR));
  }

  static List<Customer> customers() {
    return List.of(
        customer(
            "Nordlys Kläder AB",
            "inköp@nordlys.example",
            "+46 8 555 014 20",
            "Södermannagatan 12, 116 23 Stockholm, Sweden",
            "Jeans and tees; pays in 30 days."),
        customer(
            "Maison Célestine",
            "atelier@celestine.example",
            "+33 1 55 55 42 17",
            "18 rue de Sévigné, 75004 Paris, France",
            "Small runs of silk and linen dresses."),
        customer(
            "রূপকথা ফ্যাশন হাউস",
            "orders@rupkotha.example",
            "+880 2 5555 0190",
            "বাড়ি ২৭, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫",
            "School uniforms every January."),
        customer(
            "上海锦绣服饰有限公司",
            "caigou@jinxiu.example",
            "+86 21 5555 8817",
            "上海市静安区南京西路 1266 号",
            "Basic tees in large quantities."),
        customer(
            "Brightwater Outfitters Ltd",
            "buying@brightwater.example",
            "+44 161 555 0142",
            "4 Deansgate Quay, Manchester M3 4LQ, United Kingdom",
            null),
        customer(
            "Uniformes Café Olé S.L.",
            "compras@cafeole.example",
            "+34 93 555 31 08",
            "Carrer de Pallars 193, 08005 Barcelona, Spain",
            "Café staff aprons and shirts."),
        customer(
            "Atelier Müller GmbH",
            "einkauf@mueller-atelier.example",
            "+41 44 555 77 31",
            "Seefeldstrasse 45, 8008 Zürich, Switzerland",
            null));
  }

  static List<Supplier> suppliers() {
    return List.of(
        supplier("Karnaphuli Textile Mills", "sales@karnaphuli.example", "BDT", 30, 14),
        supplier("Padma Thread Works", "orders@padmathread.example", "BDT", 15, 5),
        supplier("Ningbo Bright Trims Co.", "export@ningbotrims.example", "USD", 45, 35),
        supplier("Dhaka Pack & Print", "hello@dhakapack.example", "BDT", 15, 7));
  }

  private static User user(String email, String name, Role role) {
    return new User(Ids.newId(), email, name, role, true);
  }

  private static Customer customer(
      String name, String email, String phone, String address, String notes) {
    return new Customer(Ids.newId(), name, email, phone, address, notes);
  }

  private static Supplier supplier(
      String name, String email, String currency, int paymentDays, int leadDays) {
    return new Supplier(
        Ids.newId(),
        name,
        email,
        "+880 2 5555 0" + (100 + paymentDays + leadDays),
        Currency.getInstance(currency),
        paymentDays,
        leadDays);
  }
}
