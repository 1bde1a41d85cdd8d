package dev.bobbin.desktop.invoices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.invoices.InvoiceEditorViewModel.LineFields;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.invoices.Invoice;
import dev.bobbin.model.invoices.InvoiceStatus;
import dev.bobbin.model.production.ProductionOrder;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.sync.EntityType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InvoicesViewModelTest {
  @TempDir Path dir;
  LocalData data;
  SalesFloor floor;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    floor = new SalesFloor(data);
  }

  @AfterEach
  void close() {
    data.close();
  }

  private InvoiceEditorViewModel draftFrom(InvoicesViewModel model, ProductionOrder order) {
    model.refresh();
    model.loadOrders();
    OrderChoice choice =
        model.orders().stream()
            .filter(o -> o.orderId().equals(order.id()))
            .findFirst()
            .orElseThrow();
    AtomicReference<InvoiceEditorViewModel> opened = new AtomicReference<>();
    model.createDraft(choice, opened::set);
    return opened.get();
  }

  @Test
  void aDraftFromAnOrderBillsTheDesignAtTheConvertedQuotesUnitPrice() {
    ProductionOrder order = floor.order(floor.rahman, 40);
    Quote quote = floor.convertedQuote(order, "520.50");
    InvoicesViewModel model = floor.model();

    InvoiceEditorViewModel editor = draftFrom(model, order);

    LineFields line = editor.lines().get(0);
    assertThat(line.descriptionProperty().get()).isEqualTo("Polo shirt, navy");
    assertThat(line.quantityProperty().get()).isEqualTo("40");
    assertThat(line.unitPriceProperty().get()).isEqualTo("520.5");
    assertThat(line.taxProperty().get()).isEqualTo("15");
    assertThat(editor.totalProperty().get()).isEqualTo("23,943.00 BDT");
    Invoice stored = data.invoices().findById(editor.invoice().id()).orElseThrow();
    assertThat(stored.status()).isEqualTo(InvoiceStatus.DRAFT);
    assertThat(stored.number()).isNull();
    assertThat(stored.quoteId()).isEqualTo(quote.id());
    assertThat(stored.productionOrderId()).isEqualTo(order.id());
    assertThat(stored.dueDate()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(model.rows()).extracting(InvoiceRow::number).containsExactly("Draft");
    assertThat(data.outbox().all())
        .extracting(OutboxEntry::entity, OutboxEntry::entityId)
        .contains(org.assertj.core.groups.Tuple.tuple(EntityType.INVOICE, stored.id()));
  }

  @Test
  void withoutAQuoteTheDraftWaitsForAPriceToBeEntered() {
    ProductionOrder order = floor.order(floor.lotus, 12);

    InvoiceEditorViewModel editor = draftFrom(floor.model(), order);

    assertThat(editor.lines().get(0).unitPriceProperty().get()).isEqualTo("0");
    assertThat(editor.totalProperty().get()).isEqualTo("0.00 BDT");
    assertThat(editor.invoice().quoteId()).isNull();
  }

  @Test
  void editingLinesUpdatesTheTotalsLiveAndSavingKeepsThem() {
    InvoicesViewModel model = floor.model();
    InvoiceEditorViewModel editor = draftFrom(model, floor.order(floor.rahman, 10));
    LineFields line = editor.lines().get(0);
    assertThat(editor.dirtyProperty().get()).isFalse();

    line.unitPriceProperty().set("100");
    line.discountProperty().set("10");
    editor.addLine();
    LineFields delivery = editor.lines().get(1);
    delivery.descriptionProperty().set("Delivery");
    delivery.unitPriceProperty().set("50");
    delivery.taxProperty().set("5");

    assertThat(line.netProperty().get()).isEqualTo("900.00");
    assertThat(editor.subtotalProperty().get()).isEqualTo("950.00 BDT");
    assertThat(editor.taxesProperty().get()).isEqualTo("Tax 5 %: 2.50 BDT\nTax 15 %: 135.00 BDT");
    assertThat(editor.totalProperty().get()).isEqualTo("1,087.50 BDT");

    editor.notesProperty().set("Payment by bank transfer.");
    assertThat(editor.dirtyProperty().get()).isTrue();
    assertThat(editor.save()).isTrue();
    assertThat(editor.dirtyProperty().get()).isFalse();

    Invoice stored = data.invoices().findById(editor.invoice().id()).orElseThrow();
    assertThat(stored.lines()).hasSize(2);
    assertThat(stored.totals().total().amount()).isEqualByComparingTo("1087.50");
    assertThat(stored.notes()).isEqualTo("Payment by bank transfer.");
    assertThat(editor.statusProperty().get()).startsWith("Saved on this computer");
  }

  @Test
  void aFieldThatIsNotANumberIsExplainedAndNotSaved() {
    InvoiceEditorViewModel editor = draftFrom(floor.model(), floor.order(floor.rahman, 10));
    editor.lines().get(0).quantityProperty().set("ten");

    assertThat(editor.errorProperty().get())
        .isEqualTo("Line 1: the quantity must be a number, e.g. 12.5");
    assertThat(editor.save()).isFalse();
    assertThat(
            data.invoices().findById(editor.invoice().id()).orElseThrow().lines().get(0).quantity())
        .isEqualByComparingTo(BigDecimal.TEN);
  }

  @Test
  void filtersNarrowByStatusCustomerOverdueAndWords() {
    floor.draft(floor.rahman);
    floor.issued(floor.lotus, "INV-2026-0007", InvoiceStatus.ISSUED, LocalDate.of(2026, 1, 5), "0");
    floor.issued(
        floor.rahman, "INV-2026-0008", InvoiceStatus.PAID, LocalDate.of(2026, 1, 6), "28750");
    floor.issued(
        floor.rahman,
        "INV-2026-0009",
        InvoiceStatus.PARTIALLY_PAID,
        LocalDate.of(2026, 2, 20),
        "100");
    InvoicesViewModel model = floor.model();
    model.refresh();
    assertThat(model.summaryProperty().get()).isEqualTo("4 invoices · 1 overdue");

    model.statusProperty().set(InvoiceStatus.ISSUED);
    assertThat(model.rows()).extracting(InvoiceRow::number).containsExactly("INV-2026-0007");

    model.statusProperty().set(null);
    model.customerProperty().set(floor.rahman);
    assertThat(model.rows()).hasSize(3);

    model.customerProperty().set(null);
    model.overdueOnlyProperty().set(true);
    assertThat(model.rows()).extracting(InvoiceRow::number).containsExactly("INV-2026-0007");
    assertThat(model.rows().get(0).customer()).isEqualTo("Lotus Kids");

    model.overdueOnlyProperty().set(false);
    model.queryProperty().set("rahman 0009");
    assertThat(model.rows()).extracting(InvoiceRow::number).containsExactly("INV-2026-0009");
    model.queryProperty().set("draft");
    assertThat(model.rows()).extracting(InvoiceRow::number).containsExactly("Draft");
    assertThat(model.summaryProperty().get()).isEqualTo("1 invoice of 4");
  }

  @Test
  void aFloorUserSeesDraftsButCannotChangeThem() {
    floor.draft(floor.rahman);
    data.currentUser().signIn(data.users().create(TestData.user("floor@example.com", Role.FLOOR)));
    InvoicesViewModel model = floor.model();
    model.refresh();

    InvoiceEditorViewModel editor = model.editor(model.rows().get(0));

    assertThat(model.deniedReason()).isPresent();
    assertThat(editor.editable()).isFalse();
    assertThat(editor.readOnlyReason()).contains("Ask a manager");
    assertThat(editor.save()).isFalse();
  }

  @Test
  void aDraftMadeByMistakeCanBeDeletedButAnIssuedInvoiceCannot() {
    Invoice draft = floor.draft(floor.rahman);
    Invoice issued =
        floor.issued(
            floor.lotus, "INV-2026-0007", InvoiceStatus.ISSUED, LocalDate.of(2026, 2, 1), "0");
    InvoicesViewModel model = floor.model();
    model.refresh();
    InvoiceRow draftRow =
        model.rows().stream()
            .filter(r -> r.invoice().id().equals(draft.id()))
            .findFirst()
            .orElseThrow();
    AtomicReference<Boolean> gone = new AtomicReference<>(false);

    model.editor(draftRow).delete(() -> gone.set(true));

    assertThat(gone.get()).isTrue();
    assertThat(data.invoices().findById(draft.id())).isEmpty();
    assertThat(model.rows()).extracting(InvoiceRow::number).containsExactly("INV-2026-0007");
    assertThatThrownBy(() -> floor.service().deleteDraft(issued))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("issued");
    assertThat(data.invoices().findById(issued.id())).contains(issued);
  }

  @Test
  void anIssuedInvoiceIsReadOnly() {
    Invoice issued =
        floor.issued(
            floor.lotus, "INV-2026-0007", InvoiceStatus.ISSUED, LocalDate.of(2026, 2, 1), "0");
    InvoicesViewModel model = floor.model();
    model.refresh();

    InvoiceEditorViewModel editor = model.editor(model.rows().get(0));
    editor.lines().get(0).quantityProperty().set("1");

    assertThat(editor.editable()).isFalse();
    assertThat(editor.save()).isFalse();
    assertThat(editor.payments()).isEqualTo("Paid 0.00 BDT · outstanding 28,750.00 BDT");
    assertThat(data.invoices().findById(issued.id())).contains(issued);
    assertThatThrownBy(() -> floor.service().saveDraft(issued, issued))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("issued");
  }
}
