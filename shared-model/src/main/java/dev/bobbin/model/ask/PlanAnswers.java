package dev.bobbin.model.ask;

import dev.bobbin.model.ask.Answer.Action;
import dev.bobbin.model.ask.Answer.Figure;
import dev.bobbin.model.ask.AskData.DesignRef;
import dev.bobbin.model.ask.AskData.Stock;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.designs.BomLine;
import dev.bobbin.model.inventory.Item;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.QuoteRequest;
import dev.bobbin.model.quotes.QuoteResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** "Can we make 300 of X by Friday" and "quote 200 tote bags, complex". */
final class PlanAnswers {
  static final Set<String> FEASIBILITY_WORDS =
      Set.of("possible", "feasible", "able", "time", "deadline", "finish", "ready", "could", "we");
  static final Set<String> QUOTE_WORDS =
      Set.of(
          "quote",
          "quotation",
          "price",
          "pricing",
          "cost",
          "charge",
          "estimate",
          "for",
          "new",
          "simple",
          "easy",
          "basic",
          "standard",
          "normal",
          "complex",
          "complicated",
          "hard",
          "intricate",
          "difficult");

  private PlanAnswers() {}

  /** The materials of {@code quantity} units of a design against what is available. */
  record Material(Stock stock, BigDecimal needed) {
    BigDecimal shortBy() {
      return needed.subtract(stock.available()).max(BigDecimal.ZERO);
    }
  }

  static List<Material> materials(DesignRef design, int quantity, List<Stock> stock) {
    Map<UUID, Stock> byId =
        stock.stream().collect(Collectors.toMap(s -> s.item().id(), Function.identity()));
    List<Material> out = new ArrayList<>();
    for (BomLine line : design.bom()) {
      Stock s = byId.get(line.itemId());
      if (s != null) {
        BigDecimal needed =
            line.quantityPerUnit()
                .multiply(BigDecimal.valueOf(quantity))
                .setScale(s.item().unit().decimals(), RoundingMode.CEILING);
        out.add(new Material(s, needed));
      }
    }
    return out;
  }

  static Answer feasibility(
      Question q, AskData data, Optional<AskEngine.Quoter> quoter, LocalDate today) {
    List<DesignRef> designs = data.designs();
    Optional<DesignRef> found =
        Matching.design(designs, q.codes(), Matching.content(q, FEASIBILITY_WORDS));
    if (found.isEmpty()) {
      return Answer.of(
          Intent.FEASIBILITY,
          "Which design? No design matches that; name it by code or name, e.g. \"can we make 300 of "
              + (designs.isEmpty() ? "TEE-01" : designs.get(0).code())
              + " by Friday\".",
          List.of(),
          List.of(new Action("Open designs", AskLinks.section("designs"))));
    }
    DesignRef design = found.get();
    if (q.quantity().isEmpty()) {
      return Answer.of(
          Intent.FEASIBILITY,
          "How many of "
              + design.name()
              + "? Ask e.g. \"can we make 300 of "
              + design.code()
              + " by Friday\".",
          List.of(),
          List.of(new Action("Open " + design.name(), AskLinks.design(design.id()))));
    }
    int quantity = q.quantity().get();
    List<Material> materials = materials(design, quantity, data.stock());
    List<Material> shortfalls = materials.stream().filter(m -> m.shortBy().signum() > 0).toList();
    Optional<Delivery> estimate =
        quoter.flatMap(qt -> quoted(qt, design, quantity, q.date(), today));
    if (estimate.isEmpty()) {
      estimate = learned(data, today);
    }

    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Quantity", String.valueOf(quantity), "pcs"));
    q.date().ifPresent(d -> figures.add(new Figure("Wanted by", d.toString(), "")));
    estimate.ifPresent(e -> figures.addAll(e.figures()));
    for (Material m : materials) {
      figures.add(
          new Figure(
              StockAnswers.label(m.stock().item()),
              Format.number(m.needed()),
              m.stock().item().unit().symbol()
                  + " needed, "
                  + Format.number(m.stock().available())
                  + " available"));
    }

    String text = verdict(design, quantity, shortfalls, estimate, q.date());
    Map<String, String> plan = new LinkedHashMap<>();
    plan.put("design", design.id().toString());
    plan.put("quantity", String.valueOf(quantity));
    q.date().ifPresent(d -> plan.put("due", d.toString()));
    Map<String, String> quote = new LinkedHashMap<>();
    quote.put("design", design.id().toString());
    quote.put("quantity", String.valueOf(quantity));
    return Answer.of(
        Intent.FEASIBILITY,
        text,
        figures,
        List.of(
            new Action("Plan the order", AskLinks.newOrder(plan)),
            new Action("Quote it", AskLinks.newQuote(quote)),
            new Action("Open " + design.name(), AskLinks.design(design.id()))));
  }

  /** A delivery estimate: the date, how the answer says it, and the figures behind it. */
  private record Delivery(LocalDate date, String when, List<Figure> figures) {}

  /**
   * The quote generator's estimate (the one a quote of the same order would give), so that
   * feasibility and quotes agree; empty when there is no quote generator or it refuses.
   */
  private static Optional<Delivery> quoted(
      AskEngine.Quoter quoter,
      DesignRef design,
      int quantity,
      Optional<LocalDate> wanted,
      LocalDate today) {
    try {
      QuoteResult.DeliveryEstimate d =
          quoter
              .quote(
                  new QuoteRequest(
                      null,
                      quantity,
                      null,
                      null,
                      Complexity.STANDARD,
                      design.id(),
                      wanted.filter(w -> !w.isBefore(today)).orElse(null),
                      today))
              .delivery();
      return Optional.of(
          new Delivery(
              d.realistic(),
              "estimated delivery " + Format.day(d.realistic()),
              List.of(
                  new Figure("Estimated delivery", d.realistic().toString(), ""),
                  new Figure("Likely delivery", d.likely().toString(), ""),
                  new Figure(
                      "Queue", d.queueDays().stripTrailingZeros().toPlainString(), "days"))));
    } catch (ValidationException notQuotable) {
      return Optional.empty();
    }
  }

  /** The estimate learned here from finished stages' medians and the open orders. */
  private static Optional<Delivery> learned(AskData data, LocalDate today) {
    return LeadTimes.learn(data.finishedStages())
        .estimate(data.openOrders(), today)
        .map(
            e ->
                new Delivery(
                    e.delivery(),
                    "estimated delivery "
                        + Format.day(e.delivery())
                        + " ("
                        + Format.plural(e.ordersAhead(), "order", "orders")
                        + " ahead)",
                    List.of(
                        new Figure("Estimated delivery", e.delivery().toString(), ""),
                        new Figure("Orders ahead", String.valueOf(e.ordersAhead()), ""),
                        new Figure("Queue", LeadTimes.days(e.queue()), "days"),
                        new Figure("Work", LeadTimes.days(e.work()), "days"))));
  }

  private static String verdict(
      DesignRef design,
      int quantity,
      List<Material> shortfalls,
      Optional<Delivery> estimate,
      Optional<LocalDate> wanted) {
    String what = quantity + " × " + design.name();
    List<String> reasons = new ArrayList<>();
    if (!shortfalls.isEmpty()) {
      reasons.add(
          Format.plural(shortfalls.size(), "material falls", "materials fall")
              + " short ("
              + Format.list(
                  shortfalls.stream()
                      .map(
                          m ->
                              m.stock().item().name()
                                  + " by "
                                  + Format.number(m.shortBy())
                                  + " "
                                  + m.stock().item().unit().symbol())
                      .toList(),
                  3)
              + ")");
    }
    boolean late =
        estimate.isPresent() && wanted.isPresent() && estimate.get().date().isAfter(wanted.get());
    if (late) {
      reasons.add(
          "the estimate is "
              + Format.day(estimate.get().date())
              + ", after "
              + Format.day(wanted.get()));
    }
    String when =
        estimate.map(Delivery::when).orElse("no finished stages yet to estimate delivery from");
    if (reasons.isEmpty()) {
      return "Yes: the materials for "
          + what
          + " are available"
          + (wanted.isPresent() && estimate.isPresent()
              ? " and it fits before " + Format.day(wanted.get())
              : "")
          + "; "
          + when
          + ".";
    }
    return "Not as things stand for "
        + what
        + ": "
        + String.join("; ", reasons)
        + (late ? "." : "; " + when + ".");
  }

  static Answer quote(
      Question q, AskData data, Optional<AskEngine.Quoter> quoter, LocalDate today) {
    Complexity complexity = complexity(q);
    List<String> product = new ArrayList<>();
    for (String w : q.words()) {
      if (!QUOTE_WORDS.contains(w)
          && !Matching.STOP.contains(w)
          && !w.equals("me")
          && !w.equals("us")) {
        product.add(w);
      }
    }
    List<String> productStems = product.stream().map(Words::stem).toList();
    Optional<DesignRef> design = Matching.design(data.designs(), q.codes(), productStems);
    String productType =
        design.map(DesignRef::name).orElse(product.isEmpty() ? "" : String.join(" ", product));
    Map<String, String> link = new LinkedHashMap<>();
    design.ifPresent(d -> link.put("design", d.id().toString()));
    if (!productType.isEmpty()) {
      link.put("product", productType);
    }
    q.quantity().ifPresent(n -> link.put("quantity", String.valueOf(n)));
    link.put("complexity", complexity.name().toLowerCase(Locale.ROOT));
    q.date().ifPresent(d -> link.put("deadline", d.toString()));
    List<Action> actions = List.of(new Action("Open the quote", AskLinks.newQuote(link)));

    if (q.quantity().isEmpty()) {
      return Answer.of(
          Intent.QUOTE,
          "How many? Ask e.g. \"quote 200 "
              + (productType.isEmpty() ? "tote bags" : productType)
              + ", complex\".",
          List.of(),
          actions);
    }
    int quantity = q.quantity().get();
    if (quoter.isPresent()) {
      Optional<Answer> priced =
          priced(quoter.get(), design, productType, quantity, complexity, q.date(), today, actions);
      if (priced.isPresent()) {
        return priced.get();
      }
    }
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Quantity", String.valueOf(quantity), "pcs"));
    figures.add(new Figure("Complexity", complexity.name().toLowerCase(Locale.ROOT), ""));
    if (!productType.isEmpty()) {
      figures.add(new Figure("Product", productType, ""));
    }
    StringBuilder text =
        new StringBuilder(
            "A quote for "
                + quantity
                + " × "
                + (productType.isEmpty() ? "pieces" : productType)
                + " ("
                + complexity.name().toLowerCase(Locale.ROOT)
                + ")");
    if (design.isPresent()) {
      Optional<Money> materials = materialCost(materials(design.get(), quantity, data.stock()));
      if (materials.isPresent()) {
        Money total = materials.get().rounded();
        Money each =
            materials
                .get()
                .times(BigDecimal.ONE.divide(BigDecimal.valueOf(quantity), 6, RoundingMode.HALF_UP))
                .rounded();
        figures.add(
            new Figure(
                "Materials", total.amount().toPlainString(), total.currency().getCurrencyCode()));
        figures.add(
            new Figure(
                "Materials per unit",
                each.amount().toPlainString(),
                each.currency().getCurrencyCode()));
        text.append(": materials come to ")
            .append(total)
            .append(" (")
            .append(each)
            .append(" each) by the bill of materials of ")
            .append(design.get().code());
      }
    } else {
      text.append(": no design matches, so the quote screen prices it from your rates");
    }
    Optional<LeadTimes.Estimate> estimate =
        LeadTimes.learn(data.finishedStages()).estimate(data.openOrders(), today);
    if (estimate.isPresent()) {
      figures.add(new Figure("Estimated delivery", estimate.get().delivery().toString(), ""));
      text.append("; estimated delivery ").append(Format.day(estimate.get().delivery()));
    }
    text.append(". Open the quote to add labour, overhead and margin.");
    return Answer.of(Intent.QUOTE, text.toString(), figures, actions);
  }

  /**
   * The quote as the organisation's quote engine prices it; empty when the request is not one it
   * takes (e.g. a deadline in the past), so the caller answers with what it can compute.
   */
  private static Optional<Answer> priced(
      AskEngine.Quoter quoter,
      Optional<DesignRef> design,
      String productType,
      int quantity,
      Complexity complexity,
      Optional<LocalDate> deadline,
      LocalDate today,
      List<Action> actions) {
    QuoteResult result;
    try {
      QuoteRequest request =
          new QuoteRequest(
              design.isPresent() ? null : (productType.isEmpty() ? "pieces" : productType),
              quantity,
              null,
              null,
              complexity,
              design.map(DesignRef::id).orElse(null),
              deadline.orElse(null),
              today);
      result = quoter.quote(request);
    } catch (ValidationException notPriceable) {
      return Optional.empty();
    }
    PriceBreakdown price = result.breakdown();
    String level = complexity.name().toLowerCase(Locale.ROOT);
    List<Figure> figures = new ArrayList<>();
    figures.add(new Figure("Quantity", String.valueOf(quantity), "pcs"));
    figures.add(new Figure("Complexity", level, ""));
    figures.add(new Figure("Product", result.productType(), ""));
    figures.add(money("Unit price", price.unitPrice()));
    figures.add(money("Total", price.total()));
    figures.add(money("Materials per unit", price.materials()));
    figures.add(money("Labour per unit", price.labour()));
    figures.add(new Figure("Estimated delivery", result.delivery().realistic().toString(), ""));
    if (!result.shortfalls().isEmpty()) {
      figures.add(new Figure("Materials short", String.valueOf(result.shortfalls().size()), ""));
    }
    StringBuilder text =
        new StringBuilder("A quote for ")
            .append(quantity)
            .append(" × ")
            .append(result.productType())
            .append(" (")
            .append(level)
            .append("): ")
            .append(price.unitPrice().rounded())
            .append(" each, ")
            .append(price.total().rounded())
            .append(" in all; realistic delivery ")
            .append(Format.day(result.delivery().realistic()));
    if (!result.deadlineMet() && deadline.isPresent()) {
      text.append(", after the ").append(Format.day(deadline.get())).append(" asked");
    }
    text.append(".");
    result.suggestionTexts().stream().findFirst().ifPresent(s -> text.append(' ').append(s));
    return Optional.of(Answer.of(Intent.QUOTE, text.toString(), figures, actions));
  }

  private static Figure money(String name, Money amount) {
    Money rounded = amount.rounded();
    return new Figure(name, rounded.amount().toPlainString(), rounded.currency().getCurrencyCode());
  }

  private static Complexity complexity(Question q) {
    if (q.has("complex", "complicated", "hard", "intricate", "difficult")) {
      return Complexity.COMPLEX;
    }
    if (q.has("simple", "easy", "basic")) {
      return Complexity.SIMPLE;
    }
    return Complexity.STANDARD;
  }

  /** The materials' cost at unit cost; empty when they mix currencies or there are none. */
  private static Optional<Money> materialCost(List<Material> materials) {
    Money total = null;
    for (Material m : materials) {
      Item item = m.stock().item();
      Money cost = item.unitCost().times(m.needed());
      if (total != null && !total.currency().equals(cost.currency())) {
        return Optional.empty();
      }
      total = total == null ? cost : total.plus(cost);
    }
    return Optional.ofNullable(total);
  }
}
