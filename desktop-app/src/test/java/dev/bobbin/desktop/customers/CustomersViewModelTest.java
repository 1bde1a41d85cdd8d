package dev.bobbin.desktop.customers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bobbin.desktop.data.LocalData;
import dev.bobbin.desktop.testing.TestData;
import dev.bobbin.desktop.ui.BackgroundTasks;
import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomersViewModelTest {
  @TempDir Path dir;
  LocalData data;

  @BeforeEach
  void open() {
    data = TestData.open(dir);
    data.customers().create(TestData.customer("Rahman Apparels"));
    data.customers().create(TestData.customer("Ali Textiles"));
  }

  @AfterEach
  void close() {
    data.close();
  }

  private CustomersViewModel model(Role role) {
    User user = TestData.user("x@example.com", role);
    CustomersViewModel model =
        new CustomersViewModel(
            data.customers(), BackgroundTasks.sameThread(), () -> Optional.of(user));
    model.refresh();
    return model;
  }

  @Test
  void theListIsSortedByNameAndFilteredAsYouType() {
    CustomersViewModel model = model(Role.MANAGER);
    assertThat(model.rows())
        .extracting(c -> c.name())
        .containsExactly("Ali Textiles", "Rahman Apparels");
    model.queryProperty().set("rah");
    assertThat(model.rows()).extracting(c -> c.name()).containsExactly("Rahman Apparels");
  }

  @Test
  void aNewCustomerWithABadEmailGetsTheMessageOnTheEmailField() {
    CustomersViewModel model = model(Role.MANAGER);
    model.startNew();
    model.field("name").set("Dhaka Knits");
    model.field("email").set("not-an-email");
    model.save();
    assertThat(model.errorOf("email").get()).isEqualTo("Email must look like name@example.com");

    model.field("email").set("buy@dhakaknits.example");
    model.save();
    assertThat(model.errorOf("email").get()).isEmpty();
    assertThat(data.customers().all()).extracting(c -> c.name()).contains("Dhaka Knits");
    assertThat(model.rows()).extracting(c -> c.name()).contains("Dhaka Knits");
  }

  @Test
  void editingSavesTheChangedFields() {
    CustomersViewModel model = model(Role.MANAGER);
    model.edit(model.rows().get(0));
    model.field("phone").set("+880 1700 000000");
    model.save();
    assertThat(data.customers().findById(model.rows().get(0).id()).orElseThrow().phone())
        .isEqualTo("+880 1700 000000");
  }

  @Test
  void floorStaffMayNotEditCustomers() {
    CustomersViewModel model = model(Role.FLOOR);
    assertThat(model.deniedReason()).isPresent();
    model.edit(model.rows().get(0));
    model.field("name").set("Changed");
    model.save();
    assertThat(model.errorProperty().get()).contains("may not edit customers");
  }
}
