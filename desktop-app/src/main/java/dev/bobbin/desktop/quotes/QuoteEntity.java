package dev.bobbin.desktop.quotes;

import static dev.bobbin.desktop.store.Decimals.canonical;

import dev.bobbin.desktop.store.StringListJson;
import dev.bobbin.model.common.Money;
import dev.bobbin.model.common.ValidationException;
import dev.bobbin.model.quotes.Complexity;
import dev.bobbin.model.quotes.PriceBreakdown;
import dev.bobbin.model.quotes.Quote;
import dev.bobbin.model.quotes.QuoteStatus;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** The {@code quote} row; its price breakdown is seven amounts in one currency. */
@Entity
@Table(name = "quote")
class QuoteEntity {
  @Id UUID id;
  String number;
  UUID customerId;
  UUID designId;
  String productType;
  int quantity;
  UUID materialItemId;
  String complexity;
  LocalDate deadline;
  String currency;
  BigDecimal materialsAmount;
  BigDecimal labourAmount;
  BigDecimal overheadAmount;
  BigDecimal marginAmount;
  BigDecimal discountAmount;
  BigDecimal unitPriceAmount;
  BigDecimal totalAmount;
  LocalDate estimatedDelivery;

  @Convert(converter = StringListJson.class)
  List<String> suggestions = new ArrayList<>();

  String status;
  UUID convertedOrderId;
  String requesterName;
  String requesterEmail;
  String requesterPhone;
  String requestMessage;

  static QuoteEntity of(Quote q) {
    QuoteEntity e = new QuoteEntity();
    e.id = q.id();
    e.number = q.number();
    e.customerId = q.customerId();
    e.designId = q.designId();
    e.productType = q.productType();
    e.quantity = q.quantity();
    e.materialItemId = q.materialItemId();
    e.complexity = q.complexity().name();
    e.deadline = q.deadline();
    PriceBreakdown b = q.breakdown();
    if (b != null) {
      Currency currency = b.total().currency();
      boolean oneCurrency =
          Stream.of(
                  b.materials(), b.labour(), b.overhead(), b.margin(), b.discount(), b.unitPrice())
              .allMatch(m -> m.currency().equals(currency));
      if (!oneCurrency) {
        throw new ValidationException("Quote", "breakdown", "must use one currency throughout");
      }
      e.currency = currency.getCurrencyCode();
      e.materialsAmount = b.materials().amount();
      e.labourAmount = b.labour().amount();
      e.overheadAmount = b.overhead().amount();
      e.marginAmount = b.margin().amount();
      e.discountAmount = b.discount().amount();
      e.unitPriceAmount = b.unitPrice().amount();
      e.totalAmount = b.total().amount();
    }
    e.estimatedDelivery = q.estimatedDelivery();
    e.suggestions = new ArrayList<>(q.suggestions());
    e.status = q.status().name();
    e.convertedOrderId = q.convertedOrderId();
    e.requesterName = q.requesterName();
    e.requesterEmail = q.requesterEmail();
    e.requesterPhone = q.requesterPhone();
    e.requestMessage = q.requestMessage();
    return e;
  }

  Quote toRecord() {
    return new Quote(
        id,
        number,
        customerId,
        designId,
        productType,
        quantity,
        materialItemId,
        Complexity.valueOf(complexity),
        deadline,
        breakdown(),
        estimatedDelivery,
        suggestions,
        QuoteStatus.valueOf(status),
        convertedOrderId,
        requesterName,
        requesterEmail,
        requesterPhone,
        requestMessage);
  }

  private PriceBreakdown breakdown() {
    if (currency == null) {
      return null;
    }
    Currency c = Currency.getInstance(currency);
    return new PriceBreakdown(
        money(materialsAmount, c),
        money(labourAmount, c),
        money(overheadAmount, c),
        money(marginAmount, c),
        money(discountAmount, c),
        money(unitPriceAmount, c),
        money(totalAmount, c));
  }

  private static Money money(BigDecimal amount, Currency currency) {
    return new Money(canonical(amount), currency);
  }
}
