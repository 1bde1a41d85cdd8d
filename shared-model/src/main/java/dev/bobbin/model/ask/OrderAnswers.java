package dev.bobbin.model.ask;

import dev.bobbin.model.ask.Answer.Action;
import dev.bobbin.model.ask.Answer.Figure;
import dev.bobbin.model.ask.AskData.CustomerRef;
import dev.bobbin.model.ask.AskData.OrderRef;
import dev.bobbin.model.ask.AskData.StageRef;
import dev.bobbin.model.production.OrderStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Which orders are late", "what is blocked", "where is PO-A1-0042". */
final class OrderAnswers {
  private static final int SHOWN = 10;

  private OrderAnswers() {}

  static Answer late(List<OrderRef> open, Optional<CustomerRef> customer, LocalDate today) {
    List<OrderRef> late =
        forCustomer(open, customer).stream()
            .filter(o -> o.dueDate().isBefore(today))
            .sorted(Comparator.comparing(OrderRef::dueDate).thenComparing(OrderRef::number))
            .toList();
    String whose = customer.map(c -> " for " + c.name()).orElse("");
    List<Action> actions = new ArrayList<>();
    actions.add(new Action("Show overdue orders", AskLinks.orders("overdue")));
    if (late.isEmpty()) {
      return Answer.of(
          Intent.LATE_ORDERS,
          "No open order" + whose + " is past its due date.",
          List.of(),
          actions);
    }
    actions.add(new Action("Open " + late.get(0).number(), AskLinks.order(late.get(0).id())));
    List<Figure> figures = new ArrayList<>();
    for (OrderRef o : late.subList(0, Math.min(SHOWN, late.size()))) {
      figures.add(
          new Figure(
              o.number(),
              String.valueOf(ChronoUnit.DAYS.between(o.dueDate(), today)),
              "days late"));
    }
    OrderRef oldest = late.get(0);
    String text =
        Format.plural(late.size(), "order", "orders")
            + whose
            + (late.size() == 1 ? " is" : " are")
            + " late: "
            + Format.list(late.stream().map(OrderRef::number).toList(), 3)
            + ". The oldest, "
            + oldest.number()
            + " ("
            + oldest.designName()
            + "), was due "
            + Format.day(oldest.dueDate())
            + " and is "
            + where(oldest)
            + ".";
    return Answer.of(Intent.LATE_ORDERS, text, figures, actions);
  }

  static Answer blocked(List<OrderRef> open, Optional<CustomerRef> customer) {
    List<OrderRef> blocked =
        forCustomer(open, customer).stream()
            .filter(o -> o.blockedStage().isPresent() || o.status() == OrderStatus.ON_HOLD)
            .sorted(Comparator.comparing(OrderRef::dueDate).thenComparing(OrderRef::number))
            .toList();
    List<Action> actions = new ArrayList<>();
    actions.add(new Action("Open the stage board", AskLinks.board()));
    String whose = customer.map(c -> " for " + c.name()).orElse("");
    if (blocked.isEmpty()) {
      return Answer.of(
          Intent.BLOCKED_ORDERS,
          "No open order" + whose + " is blocked or on hold.",
          List.of(),
          actions);
    }
    actions.add(
        0, new Action("Open " + blocked.get(0).number(), AskLinks.order(blocked.get(0).id())));
    List<Figure> figures = new ArrayList<>();
    for (OrderRef o : blocked.subList(0, Math.min(SHOWN, blocked.size()))) {
      figures.add(
          new Figure(
              o.number(),
              o.blockedStage().map(s -> "blocked at " + s.name()).orElse("on hold"),
              ""));
    }
    long onHold = blocked.stream().filter(o -> o.blockedStage().isEmpty()).count();
    String text =
        Format.plural(blocked.size() - onHold, "order has", "orders have")
            + " a blocked stage"
            + (onHold > 0 ? " and " + Format.plural(onHold, "is", "are") + " on hold" : "")
            + whose
            + ": "
            + Format.list(blocked.stream().map(OrderAnswers::blockedLabel).toList(), 3)
            + ".";
    return Answer.of(Intent.BLOCKED_ORDERS, text, figures, actions);
  }

  private static String blockedLabel(OrderRef o) {
    return o.number() + o.blockedStage().map(s -> " (" + s.name() + ")").orElse(" (on hold)");
  }

  private static List<OrderRef> forCustomer(List<OrderRef> open, Optional<CustomerRef> customer) {
    if (customer.isEmpty()) {
      return open;
    }
    String name = customer.get().name();
    return open.stream().filter(o -> name.equals(o.customerName())).toList();
  }

  /** The order numbered like the question says, when exactly one fits. */
  static Optional<OrderRef> find(Question q, AskData data) {
    if (q.orderNumber().isPresent()) {
      String wanted = q.orderNumber().get();
      List<OrderRef> found = data.ordersNumbered(wanted, 5);
      Optional<OrderRef> exact =
          found.stream().filter(o -> o.number().equalsIgnoreCase(wanted)).findFirst();
      if (exact.isPresent()) {
        return exact;
      }
      // PO-A1-42 for PO-A1-0042: the same prefix and the same sequence number.
      int dash = wanted.lastIndexOf('-');
      String prefix = wanted.substring(0, dash + 1);
      long sequence = Long.parseLong(wanted.substring(dash + 1));
      List<OrderRef> near =
          data.ordersNumbered(prefix, 500).stream()
              .filter(o -> o.number().toUpperCase(Locale.ROOT).startsWith(prefix))
              .filter(o -> sequence(o.number()) == sequence)
              .toList();
      return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }
    if (q.orderDigits().isPresent()) {
      long sequence = Long.parseLong(q.orderDigits().get());
      String digits = String.format(Locale.ROOT, "%04d", sequence);
      List<OrderRef> near =
          data.ordersNumbered(digits, 20).stream()
              .filter(o -> sequence(o.number()) == sequence)
              .toList();
      return near.size() == 1 ? Optional.of(near.get(0)) : Optional.empty();
    }
    return Optional.empty();
  }

  private static long sequence(String number) {
    int dash = number.lastIndexOf('-');
    try {
      return Long.parseLong(number.substring(dash + 1));
    } catch (NumberFormatException notNumbered) {
      return -1;
    }
  }

  static Answer status(Question q, Optional<OrderRef> found, LocalDate today) {
    String asked = q.orderNumber().orElse("order " + q.orderDigits().orElse(""));
    if (found.isEmpty()) {
      return Answer.of(
          Intent.ORDER_STATUS,
          "No production order is numbered " + asked + ".",
          List.of(),
          List.of(new Action("Open the order list", AskLinks.section("production/orders"))));
    }
    OrderRef o = found.get();
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Status", o.status().label(), ""));
    o.currentStage()
        .ifPresent(
            s -> figures.add(new Figure("Stage", s.name() + " (" + s.status().label() + ")", "")));
    figures.add(new Figure("Stages done", o.stagesDone() + " of " + o.stages().size(), ""));
    figures.add(new Figure("Quantity", String.valueOf(o.quantity()), "pcs"));
    figures.add(new Figure("Due", o.dueDate().toString(), ""));
    long days = ChronoUnit.DAYS.between(today, o.dueDate());
    String due =
        o.status().isFinal()
            ? "was due " + Format.day(o.dueDate())
            : days < 0
                ? "was due "
                    + Format.day(o.dueDate())
                    + ", "
                    + Format.plural(-days, "day", "days")
                    + " ago"
                : days == 0
                    ? "is due today"
                    : "is due "
                        + Format.day(o.dueDate())
                        + ", in "
                        + Format.plural(days, "day", "days");
    String text =
        o.number()
            + " ("
            + o.quantity()
            + " × "
            + o.designName()
            + (o.customerName() == null ? "" : " for " + o.customerName())
            + ") is "
            + where(o)
            + " and "
            + due
            + ".";
    return Answer.of(
        Intent.ORDER_STATUS,
        text,
        figures,
        List.of(new Action("Open " + o.number(), AskLinks.order(o.id()))));
  }

  private static String where(OrderRef o) {
    if (o.status().isFinal() || o.status() == OrderStatus.PLANNED) {
      return o.status().label();
    }
    if (o.status() == OrderStatus.ON_HOLD) {
      return "on hold";
    }
    Optional<StageRef> stage = o.currentStage();
    return stage.map(s -> s.status().label() + " at " + s.name()).orElse(o.status().label());
  }
}
