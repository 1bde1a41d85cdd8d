package dev.bobbin.server.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.model.sync.Change;
import dev.bobbin.model.sync.EntityType;
import dev.bobbin.server.TestServer;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** A device never receives another organisation's rows. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopingTest {
  private SyncFixture fixture;
  private TestServer.Session otherAdmin;

  @BeforeAll
  void start() throws Exception {
    fixture = new SyncFixture("ScopeA");
    otherAdmin = fixture.test.addOrganisation("ScopeB", "admin@scopeb.example.com");
  }

  @AfterAll
  void stop() throws Exception {
    fixture.close();
  }

  @Test
  void organisationBNeverPullsOrFetchesOrganisationAsRows() throws Exception {
    SyncHttp deviceA = fixture.device(fixture.manager);
    UUID customer = SyncHttp.newId();
    deviceA.push(
        deviceA.create(EntityType.CUSTOMER, customer, SyncFixture.customer(customer, "Only A's")));
    SyncHttp deviceB = fixture.device(otherAdmin);

    List<Change> pulled = deviceB.pullAll(0);
    String fetched =
        deviceB
            .send("/api/v1/sync/fetch", "[{\"entity\":\"customer\",\"id\":\"" + customer + "\"}]")
            .body();

    assertThat(pulled).extracting(Change::id).doesNotContain(customer);
    assertThat(pulled)
        .filteredOn(c -> c.entity() == EntityType.USER)
        .extracting(Change::id)
        .containsOnly(otherAdmin.userId());
    assertThat(deviceB.tree(fetched).path("changes").get(0).path("record").isNull()).isTrue();
    assertThat(deviceB.tree(fetched).path("changes").get(0).path("version").asLong()).isZero();
  }

  @Test
  void organisationBCannotEditOrganisationAsRecord() throws Exception {
    SyncHttp deviceA = fixture.device(fixture.manager);
    UUID customer = SyncHttp.newId();
    deviceA.push(
        deviceA.create(EntityType.CUSTOMER, customer, SyncFixture.customer(customer, "A")));
    SyncHttp deviceB = fixture.device(otherAdmin);

    var response =
        deviceB.push(deviceB.update(EntityType.CUSTOMER, customer, "name", "A", "B's now"));

    assertThat(response.results().get(0))
        .isInstanceOf(dev.bobbin.model.sync.MutationResult.Rejected.class);
    assertThat(fixture.count("select count(*) from customer where id = ? and name = 'A'", customer))
        .isEqualTo(1);
  }
}
