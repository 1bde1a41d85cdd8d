package dev.bobbin.desktop.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.store.OutboxEntry;
import dev.bobbin.desktop.store.StoreException;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.model.common.Ids;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.customers.Customer;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.model.sync.MutationKind;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Customers, and with them the write path every repository shares (RecordTable). */
class CustomerRepositoryTest {
  private final ObjectMapper json = new ObjectMapper();
  @TempDir Path dir;
  private LocalData data;
  private CustomerRepository customers;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    customers = data.customers();
  }

  @AfterEach
  void close() {
    data.close();
  }

  @Test
  void aCustomerSurvivesTheRoundTrip() {
    Customer customer =
        new Customer(
            Ids.newId(),
            "上海锦绣服饰有限公司",
            "caigou@jinxiu.example",
            "+86 21 5555 8817",
            "上海市静安区南京西路 1266 号",
            "Basic tees.");

    customers.create(customer);

    assertThat(customers.findById(customer.id())).contains(customer);
  }

  @Test
  void creatingWritesACreateEntryWithEveryField() throws Exception {
    Customer customer = customers.create(TestData.customer("Maison Célestine"));

    OutboxEntry entry = data.outbox().entriesFor(customer.id()).get(0);
    assertThat(entry.entity()).isEqualTo(EntityType.CUSTOMER);
    assertThat(entry.kind()).isEqualTo(MutationKind.CREATE);
    JsonNode payload = json.readTree(entry.payload());
    assertThat(payload.get("name").asText()).isEqualTo("Maison Célestine");
    assertThat(payload.fieldNames())
        .toIterable()
        .containsExactlyInAnyOrder("id", "name", "email", "phone", "address", "notes");
  }

  @Test
  void anUpdateWritesOnlyTheChangedFieldsWithFromAndTo() throws Exception {
    Customer before = customers.create(TestData.customer("Nordlys Klader AB"));
    Customer after =
        new Customer(
            before.id(), "Nordlys Kläder AB", before.email(), "+46 8 555 014 20", null, null);

    customers.update(before, after);

    OutboxEntry update = data.outbox().entriesFor(before.id()).get(1);
    assertThat(update.kind()).isEqualTo(MutationKind.UPDATE);
    assertThat(json.readTree(update.payload()))
        .isEqualTo(
            json.readTree(
                "{\"name\":{\"from\":\"Nordlys Klader AB\",\"to\":\"Nordlys Kläder AB\"},"
                    + "\"phone\":{\"from\":\"+880 2 5555 0100\",\"to\":\"+46 8 555 014 20\"}}"));
    assertThat(customers.findById(before.id())).contains(after);
  }

  @Test
  void anUpdateThatChangesNothingWritesNothing() {
    Customer customer = customers.create(TestData.customer("Atelier Müller GmbH"));

    customers.update(customer, customer);

    assertThat(data.outbox().entriesFor(customer.id())).hasSize(1);
  }

  @Test
  void anUpdateKeepsFieldsSomeoneElseChangedMeanwhile() {
    Customer seen = customers.create(TestData.customer("Brightwater"));
    customers.update(
        seen, new Customer(seen.id(), seen.name(), "new@brightwater.example", null, null, null));

    Customer stored =
        customers.update(
            seen,
            new Customer(
                seen.id(), "Brightwater Outfitters Ltd", seen.email(), seen.phone(), null, null));

    assertThat(stored.name()).isEqualTo("Brightwater Outfitters Ltd");
    assertThat(stored.email()).isEqualTo("new@brightwater.example");
  }

  @Test
  void aFailureLaterInTheTransactionLeavesNeitherTheRowNorItsOutboxEntry() {
    Customer customer = TestData.customer("Uniformes Café Olé S.L.");

    assertThatThrownBy(
            () ->
                data.store()
                    .runInTransaction(
                        s -> {
                          customers.create(customer);
                          throw new IllegalStateException("the next step of the action failed");
                        }))
        .hasMessage("the next step of the action failed");

    assertThat(customers.findById(customer.id())).isEmpty();
    assertThat(data.outbox().entriesFor(customer.id())).isEmpty();
  }

  @Test
  void deletingWritesADeleteEntryWithTheLastValues() throws Exception {
    Customer customer = customers.create(TestData.customer("Café Olé"));

    assertThat(customers.delete(customer.id())).isTrue();

    assertThat(customers.findById(customer.id())).isEmpty();
    OutboxEntry delete = data.outbox().entriesFor(customer.id()).get(1);
    assertThat(delete.kind()).isEqualTo(MutationKind.DELETE);
    assertThat(json.readTree(delete.payload()).get("name").asText()).isEqualTo("Café Olé");
  }

  @Test
  void updatingADeletedCustomerSaysSo() {
    Customer customer = customers.create(TestData.customer("Gone Ltd"));
    customers.delete(customer.id());

    assertThatThrownBy(
            () ->
                customers.update(
                    customer, new Customer(customer.id(), "Still Gone", null, null, null, null)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("no longer exists");
  }

  @Test
  void anInvalidEmailIsRejectedBeforeAnythingIsStored() {
    assertThatThrownBy(
            () ->
                customers.create(new Customer(Ids.newId(), "X", "not-an-email", null, null, null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("email");
  }

  @Test
  void allListsCustomersByName() {
    customers.create(TestData.customer("b customer"));
    customers.create(TestData.customer("A customer"));

    assertThat(customers.all())
        .extracting(Customer::name)
        .containsExactly("A customer", "b customer");
  }
}
