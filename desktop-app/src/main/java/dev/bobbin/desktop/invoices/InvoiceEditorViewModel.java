package dev.bobbin.desktop.invoices;

import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.desktop.ui.FriendlyErrors;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.common.Violation;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceLine;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.invoices.InvoiceTotals;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One invoice in the editor. A draft's lines, notes and due date are edited here with live totals
 * (subtotal, tax per rate, total, from {@link InvoiceTotals}) and saved locally; an issued invoice
 * is shown read-only, as the server issued it.
 */
public final class InvoiceEditorViewModel {
  /** The text fields of one line. */
  public final class LineFields {
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final StringProperty quantity = new SimpleStringProperty(this, "quantity", "1");
    private final StringProperty unitPrice = new SimpleStringProperty(this, "unitPrice", "0");
    private final StringProperty discount = new SimpleStringProperty(this, "discount", "0");
    private final StringProperty tax = new SimpleStringProperty(this, "tax", "");
    private final ReadOnlyStringWrapper net = new ReadOnlyStringWrapper(this, "net", "");

    LineFields(InvoiceLine line) {
      description.set(line.description());
      quantity.set(Amounts.plain(line.quantity()));
      unitPrice.set(Amounts.plain(line.unitPrice().amount()));
      discount.set(Amounts.plain(line.discountPercent()));
      tax.set(Amounts.plain(line.taxRatePercent()));
      listen();
    }

    LineFields(BigDecimal taxRate) {
      tax.set(Amounts.plain(taxRate));
      listen();
    }

    private void listen() {
      for (StringProperty p : List.of(description, quantity, unitPrice, discount, tax)) {
        p.addListener((obs, old, now) -> recompute());
      }
    }

    public StringProperty descriptionProperty() {
      return description;
    }

    public StringProperty quantityProperty() {
      return quantity;
    }

    public StringProperty unitPriceProperty() {
      return unitPrice;
    }

    /** Percent, 0–100. */
    public StringProperty discountProperty() {
      return discount;
    }

    /** Percent, e.g. 15. */
    public StringProperty taxProperty() {
      return tax;
    }

    /** The line's net amount, or empty while a field does not read as a number. */
    public ReadOnlyStringProperty netProperty() {
      return net.getReadOnlyProperty();
    }

    InvoiceLine toLine() {
      BigDecimal q = number(quantity, "the quantity");
      BigDecimal price = number(unitPrice, "the unit price");
      BigDecimal d = number(discount, "the discount");
      BigDecimal t = number(tax, "the tax rate");
      return new InvoiceLine(description.get(), q, new Money(price, current.currency()), d, t);
    }
  }

  /** Hears what happened to the invoice, so the list can follow. */
  interface Changes {
    void saved(Invoice invoice);

    void deleted(Invoice invoice);
  }

  private final InvoiceService invoices;
  private final BackgroundTasks tasks;
  private final Changes changes;
  private final boolean editable;
  private final String readOnlyReason;
  private final ObservableList<LineFields> lines = FXCollections.observableArrayList();
  private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
  private final ObjectProperty<LocalDate> dueDate = new SimpleObjectProperty<>(this, "dueDate");
  private final ReadOnlyStringWrapper subtotal = new ReadOnlyStringWrapper(this, "subtotal", "");
  private final ReadOnlyStringWrapper taxes = new ReadOnlyStringWrapper(this, "taxes", "");
  private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper(this, "total", "");
  private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
  private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
  private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
  private final ReadOnlyStringWrapper issueState =
      new ReadOnlyStringWrapper(this, "issueState", "");
  private final ReadOnlyBooleanWrapper issueRequested =
      new ReadOnlyBooleanWrapper(this, "issueRequested");
  private final boolean mayManage;
  private final InvoiceRow row;
  private Invoice current;

  /**
   * @param denied why the user may not change invoices, or empty when they may
   */
  InvoiceEditorViewModel(
      InvoiceRow row,
      InvoiceService invoices,
      BackgroundTasks tasks,
      Changes changes,
      Optional<String> denied) {
    this.row = row;
    this.current = row.invoice();
    this.invoices = invoices;
    this.tasks = tasks;
    this.changes = changes;
    this.editable = current.status() == InvoiceStatus.DRAFT && denied.isEmpty();
    this.mayManage = denied.isEmpty();
    this.readOnlyReason =
        current.status() != InvoiceStatus.DRAFT
            ? "Issued by the server: this invoice is read-only. Corrections are made with a credit"
                + " note."
            : denied.orElse("");
    current.lines().forEach(l -> lines.add(new LineFields(l)));
    notes.set(current.notes() == null ? "" : current.notes());
    dueDate.set(current.dueDate());
    lines.addListener((javafx.collections.ListChangeListener<LineFields>) c -> recompute());
    recompute();
    notes.addListener((obs, old, now) -> changed());
    dueDate.addListener((obs, old, now) -> changed());
    dirty.set(false);
    if (editable) {
      tasks.run(() -> invoices.issueRequest(current.id()), this::showIssueRequest, failure -> {});
    }
  }

  /** Whether "Issue" applies: a saved draft this user may manage, not already waiting to issue. */
  public boolean canIssue() {
    return editable;
  }

  /** Whether "Mark paid" applies: issued, something still due, and the user may manage it. */
  public boolean canPay() {
    return mayManage
        && (current.status() == InvoiceStatus.ISSUED
            || current.status() == InvoiceStatus.PARTIALLY_PAID);
  }

  /** Where the issue request stands, for the user; empty when none is waiting. */
  public ReadOnlyStringProperty issueStateProperty() {
    return issueState.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty issueRequestedProperty() {
    return issueRequested.getReadOnlyProperty();
  }

  /**
   * Asks the server to issue this draft. It must be saved first; offline, the request waits and is
   * sent with the next sync — the number only ever comes from the server.
   */
  public void issue() {
    if (!editable || busy.get()) {
      return;
    }
    if (dirty.get()) {
      error.set("Save the draft first: the server issues what was saved.");
      return;
    }
    if (current.lines().isEmpty()) {
      error.set("Add at least one line before issuing the invoice.");
      return;
    }
    busy.set(true);
    UUID id = current.id();
    tasks.run(
        () -> {
          invoices.requestIssue(id);
          return invoices.issueRequest(id);
        },
        request -> {
          busy.set(false);
          error.set("");
          showIssueRequest(request);
        },
        failure -> {
          busy.set(false);
          error.set(FriendlyErrors.message(failure));
        });
  }

  private void showIssueRequest(Optional<IssueQueue.Request> request) {
    issueRequested.set(request.isPresent() && request.get().lastError().isEmpty());
    issueState.set(
        request
            .map(
                r ->
                    r.lastError()
                        .map(reason -> "The server did not issue it: " + reason)
                        .orElse(
                            "Will be issued by the server as soon as it can be reached; the"
                                + " number comes with that sync."))
            .orElse(""));
  }

  /** Saves the invoice's PDF (from the server, or the copy kept here) to {@code target}. */
  public void savePdf(Path target) {
    if (busy.get()) {
      return;
    }
    busy.set(true);
    Invoice invoice = current;
    tasks.run(
        () -> {
          Files.write(target, invoices.pdf(invoice));
          return target;
        },
        saved -> {
          busy.set(false);
          error.set("");
          status.set("PDF saved to " + saved);
        },
        failure -> {
          busy.set(false);
          error.set(serverMessage(failure, "The PDF"));
        });
  }

  /**
   * Records a payment of {@code amountText} (e.g. "1150.50") received on {@code paidOn}.
   *
   * @return false when the amount does not read as a positive number
   */
  public boolean markPaid(String amountText, LocalDate paidOn, String reference) {
    if (!canPay() || busy.get()) {
      return false;
    }
    BigDecimal amount;
    try {
      amount = Amounts.parse(amountText);
    } catch (NumberFormatException e) {
      error.set("The amount must be a number, e.g. 1150.50");
      return false;
    }
    if (amount.signum() <= 0) {
      error.set("The amount must be more than zero.");
      return false;
    }
    busy.set(true);
    UUID id = current.id();
    LocalDate date = paidOn == null ? invoices.today() : paidOn;
    tasks.run(
        () -> {
          invoices.recordPayment(id, amount, date, reference);
          return amount;
        },
        paid -> {
          busy.set(false);
          error.set("");
          status.set(
              "Payment of "
                  + Amounts.money(new Money(paid, current.currency()))
                  + " recorded; the invoice updates with the next sync.");
        },
        failure -> {
          busy.set(false);
          error.set(serverMessage(failure, "Recording a payment"));
        });
    return true;
  }

  /** Today on this computer's clock (a payment's default date). */
  public LocalDate today() {
    return invoices.today();
  }

  /** What is still due, as plain text for the payment field. */
  public String outstandingText() {
    return Amounts.plain(current.outstanding().amount());
  }

  private static String serverMessage(Throwable failure, String what) {
    if (failure instanceof InvoiceServer.Unreachable) {
      return what + " needs the server, which cannot be reached now. Try again when online.";
    }
    if (failure instanceof InvoiceServer.Refused) {
      return failure.getMessage();
    }
    return FriendlyErrors.message(failure);
  }

  /** The invoice as last saved (or as it came from the server). */
  public Invoice invoice() {
    return current;
  }

  /** "Draft" or the server's number. */
  public String number() {
    return row.number();
  }

  public String customer() {
    return row.customer();
  }

  /** The production order's number, or empty. */
  public String order() {
    return row.order();
  }

  /** Whether this is a draft this device may change; issued invoices are read-only. */
  public boolean editable() {
    return editable;
  }

  /** Why the invoice cannot be changed here; empty when it can. */
  public String readOnlyReason() {
    return readOnlyReason;
  }

  /** Whether the server has issued it (it has a number, payments and an outstanding amount). */
  public boolean issued() {
    return current.status().isIssued();
  }

  public ObservableList<LineFields> lines() {
    return lines;
  }

  public StringProperty notesProperty() {
    return notes;
  }

  public ObjectProperty<LocalDate> dueDateProperty() {
    return dueDate;
  }

  public ReadOnlyStringProperty subtotalProperty() {
    return subtotal.getReadOnlyProperty();
  }

  /** Tax per rate, one line each, e.g. "Tax 15 %: 1,500.00 BDT". */
  public ReadOnlyStringProperty taxesProperty() {
    return taxes.getReadOnlyProperty();
  }

  public ReadOnlyStringProperty totalProperty() {
    return total.getReadOnlyProperty();
  }

  /** What is wrong with the draft, for the user; empty when it is fine. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  /** What just happened, e.g. "Saved on this computer…". */
  public ReadOnlyStringProperty statusProperty() {
    return status.getReadOnlyProperty();
  }

  /** Whether there are edits not saved yet. */
  public ReadOnlyBooleanProperty dirtyProperty() {
    return dirty.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** Issued, not fully paid and past its due date. */
  public boolean overdue() {
    return current.isOverdue(invoices.today());
  }

  /** Paid so far and still to pay, e.g. "Paid 0.00 BDT · outstanding 1,150.00 BDT". */
  public String payments() {
    return "Paid "
        + Amounts.money(new Money(current.amountPaid(), current.currency()))
        + " · outstanding "
        + Amounts.money(current.outstanding());
  }

  /** Adds an empty line taxed at the default rate. */
  public void addLine() {
    if (editable) {
      lines.add(new LineFields(invoices.defaults().taxRatePercent()));
    }
  }

  public void removeLine(LineFields line) {
    if (editable) {
      lines.remove(line);
    }
  }

  /** Saves the draft on this computer (it syncs like every record); false if it needs fixing. */
  public boolean save() {
    if (!editable || busy.get()) {
      return false;
    }
    Invoice after;
    try {
      after = edited();
    } catch (IllegalArgumentException e) {
      error.set(message(e));
      return false;
    }
    Invoice before = current;
    busy.set(true);
    status.set("");
    tasks.run(
        () -> invoices.saveDraft(before, after),
        stored -> {
          busy.set(false);
          current = stored;
          dirty.set(false);
          error.set("");
          status.set("Saved on this computer. It syncs when the server is reachable.");
          changes.saved(stored);
        },
        failure -> {
          busy.set(false);
          error.set(FriendlyErrors.message(failure));
        });
    return true;
  }

  /** Deletes the draft; {@code then} runs once it is gone. */
  public void delete(Runnable then) {
    if (!editable || busy.get()) {
      return;
    }
    Invoice draft = current;
    busy.set(true);
    tasks.run(
        () -> {
          invoices.deleteDraft(draft);
          return draft;
        },
        gone -> {
          busy.set(false);
          changes.deleted(gone);
          then.run();
        },
        failure -> {
          busy.set(false);
          error.set(FriendlyErrors.message(failure));
        });
  }

  private Invoice edited() {
    List<InvoiceLine> parsed = parsedLines();
    String text = notes.get() == null || notes.get().isBlank() ? null : notes.get().trim();
    return new Invoice(
        current.id(),
        null,
        current.customerId(),
        current.productionOrderId(),
        current.quoteId(),
        current.currency(),
        parsed,
        InvoiceStatus.DRAFT,
        null,
        dueDate.get(),
        current.creditNoteOf(),
        BigDecimal.ZERO,
        text);
  }

  private List<InvoiceLine> parsedLines() {
    List<InvoiceLine> parsed = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      try {
        parsed.add(lines.get(i).toLine());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Line " + (i + 1) + ": " + message(e), e);
      }
    }
    return parsed;
  }

  private void changed() {
    if (editable) {
      dirty.set(true);
      status.set("");
    }
  }

  private void recompute() {
    changed();
    List<InvoiceLine> valid = new ArrayList<>();
    String problem = "";
    for (int i = 0; i < lines.size(); i++) {
      LineFields fields = lines.get(i);
      try {
        InvoiceLine line = fields.toLine();
        valid.add(line);
        fields.net.set(Amounts.figure(line.net()));
      } catch (IllegalArgumentException e) {
        fields.net.set("");
        if (problem.isEmpty()) {
          problem = "Line " + (i + 1) + ": " + message(e);
        }
      }
    }
    InvoiceTotals totals = InvoiceTotals.of(valid, current.currency());
    subtotal.set(Amounts.money(totals.subtotal()));
    taxes.set(
        totals.taxByRate().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> "Tax " + Amounts.plain(e.getKey()) + " %: " + Amounts.money(e.getValue()))
            .collect(Collectors.joining("\n")));
    total.set(Amounts.money(totals.total()));
    if (editable) {
      error.set(problem);
    }
  }

  private static BigDecimal number(StringProperty field, String what) {
    try {
      return Amounts.parse(field.get());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(what + " must be a number, e.g. 12.5", e);
    }
  }

  private static String message(IllegalArgumentException e) {
    if (e instanceof ValidationException v) {
      return v.violations().stream().map(Violation::toString).collect(Collectors.joining("; "))
          + ".";
    }
    return e.getMessage();
  }
}
