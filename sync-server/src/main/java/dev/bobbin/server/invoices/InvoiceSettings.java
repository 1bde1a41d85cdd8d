package dev.bobbin.server.invoices;

import dev.bobbin.server.db.Sql;
import dev.bobbin.server.http.Fields;
import dev.bobbin.server.http.ProblemException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.UUID;

/**
 * What an organisation's invoices say about it and how they are numbered.
 *
 * @param legalName printed at the top; the organisation's name when {@code null}
 * @param logoSha256 an image blob of the organisation, printed top left; may be {@code null}
 * @param defaultTaxPercent the tax rate of new lines
 * @param paymentTermsDays due date = issue date + this, when a draft sets none
 * @param paymentInstructions bank details and the like, printed under the totals
 * @param numberFormat see {@link NumberFormat}
 * @param pageSize {@code A4} or {@code LETTER}
 */
record InvoiceSettings(
    String legalName,
    String address,
    String taxId,
    String email,
    String phone,
    String logoSha256,
    String currency,
    BigDecimal defaultTaxPercent,
    int paymentTermsDays,
    String paymentInstructions,
    String numberFormat,
    String pageSize) {

  static final InvoiceSettings DEFAULTS =
      new InvoiceSettings(
          null,
          null,
          null,
          null,
          null,
          null,
          "USD",
          BigDecimal.ZERO,
          30,
          null,
          NumberFormat.DEFAULT.pattern(),
          "A4");

  /** This organisation's settings, or the defaults. */
  static InvoiceSettings load(Connection c, UUID orgId) throws SQLException {
    return Sql.one(
            c, "select * from invoice_settings where org_id = ?", InvoiceSettings::read, orgId)
        .orElse(DEFAULTS);
  }

  /** The settings with what {@code change} sets, checked; {@code null} fields keep their value. */
  InvoiceSettings with(InvoiceSettings change) {
    InvoiceSettings s =
        new InvoiceSettings(
            text("legalName", pick(change.legalName, legalName), 200),
            text("address", pick(change.address, address), 1000),
            text("taxId", pick(change.taxId, taxId), 80),
            text("email", pick(change.email, email), 200),
            text("phone", pick(change.phone, phone), 80),
            pick(change.logoSha256, logoSha256),
            pick(change.currency, currency),
            pick(change.defaultTaxPercent, defaultTaxPercent),
            change.paymentTermsDays < 0 ? paymentTermsDays : change.paymentTermsDays,
            text(
                "paymentInstructions", pick(change.paymentInstructions, paymentInstructions), 1000),
            pick(change.numberFormat, numberFormat),
            pick(change.pageSize, pageSize));
    s.check();
    return s;
  }

  private void check() {
    if (logoSha256 != null && !logoSha256.isEmpty() && !logoSha256.matches("[0-9a-f]{64}")) {
      throw ProblemException.invalid("logoSha256 must be the 64 hex digits of an uploaded image.");
    }
    try {
      Currency.getInstance(currency);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid("currency must be an ISO 4217 code such as EUR or BDT.");
    }
    if (defaultTaxPercent.signum() < 0
        || defaultTaxPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw ProblemException.invalid("defaultTaxPercent must be between 0 and 100.");
    }
    if (paymentTermsDays > 365) {
      throw ProblemException.invalid("paymentTermsDays must be between 0 and 365.");
    }
    try {
      NumberFormat.parse(numberFormat);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalid(e.getMessage());
    }
    if (!pageSize.equals("A4") && !pageSize.equals("LETTER")) {
      throw ProblemException.invalid("pageSize must be A4 or LETTER.");
    }
  }

  void save(Connection c, UUID orgId) throws SQLException {
    Sql.update(
        c,
        "insert into invoice_settings (org_id, legal_name, address, tax_id, email, phone,"
            + " logo_sha256, currency, default_tax_percent, payment_terms_days,"
            + " payment_instructions, number_format, page_size) values"
            + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (org_id) do update set"
            + " legal_name = excluded.legal_name, address = excluded.address,"
            + " tax_id = excluded.tax_id, email = excluded.email, phone = excluded.phone,"
            + " logo_sha256 = excluded.logo_sha256, currency = excluded.currency,"
            + " default_tax_percent = excluded.default_tax_percent,"
            + " payment_terms_days = excluded.payment_terms_days,"
            + " payment_instructions = excluded.payment_instructions,"
            + " number_format = excluded.number_format, page_size = excluded.page_size,"
            + " updated_at = now()",
        orgId,
        legalName,
        address,
        taxId,
        email,
        phone,
        logoSha256 == null || logoSha256.isEmpty() ? null : logoSha256,
        currency,
        defaultTaxPercent,
        paymentTermsDays,
        paymentInstructions,
        numberFormat,
        pageSize);
  }

  private static InvoiceSettings read(ResultSet row) throws SQLException {
    return new InvoiceSettings(
        row.getString("legal_name"),
        row.getString("address"),
        row.getString("tax_id"),
        row.getString("email"),
        row.getString("phone"),
        row.getString("logo_sha256"),
        row.getString("currency").trim(),
        row.getBigDecimal("default_tax_percent").stripTrailingZeros(),
        row.getInt("payment_terms_days"),
        row.getString("payment_instructions"),
        row.getString("number_format"),
        row.getString("page_size"));
  }

  private static <T> T pick(T changed, T current) {
    return changed == null ? current : changed;
  }

  /** Blank clears the field. */
  private static String text(String name, String value, int max) {
    return value == null || value.isBlank() ? null : Fields.text(name, value, max);
  }
}
