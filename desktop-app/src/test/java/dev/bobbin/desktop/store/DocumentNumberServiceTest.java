package dev.bobbin.desktop.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentNumberServiceTest {
  @TempDir Path dir;

  @Test
  void numbersCountUpPerKindWithTheDevicePrefix() {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      DocumentNumberService numbers = new DocumentNumberService(store);
      String prefix = store.devicePrefix();

      assertThat(numbers.next("PO")).isEqualTo("PO-" + prefix + "-0001");
      assertThat(numbers.next("PO")).isEqualTo("PO-" + prefix + "-0002");
      assertThat(numbers.next("Q")).isEqualTo("Q-" + prefix + "-0001");
      assertThat(numbers.next("SMP")).isEqualTo("SMP-" + prefix + "-0001");
    }
  }

  @Test
  void aNumberTakenInARolledBackTransactionIsGivenAgain() {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      DocumentNumberService numbers = new DocumentNumberService(store);
      try {
        store.runInTransaction(
            s -> {
              numbers.next("PO");
              throw new IllegalStateException("the order was not saved");
            });
      } catch (IllegalStateException expected) {
        // The number must not be burnt.
      }

      assertThat(numbers.next("PO")).endsWith("-0001");
    }
  }

  @Test
  void numbersContinueAfterReopening() {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      new DocumentNumberService(store).next("PO");
    }

    try (LocalStore store = LocalStore.open(dir, List.of())) {
      assertThat(new DocumentNumberService(store).next("PO")).endsWith("-0002");
    }
  }

  @Test
  void aKindMustBeCapitalLetters() {
    try (LocalStore store = LocalStore.open(dir, List.of())) {
      DocumentNumberService numbers = new DocumentNumberService(store);

      assertThatThrownBy(() -> numbers.next("po-1")).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
