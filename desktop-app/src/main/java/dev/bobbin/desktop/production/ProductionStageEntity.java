package dev.bobbin.desktop.production;

import dev.bobbin.model.production.ProductionStage;
import dev.bobbin.model.production.StageStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The {@code production_stage} row. */
@Entity
@Table(name = "production_stage")
class ProductionStageEntity {
  @Id UUID id;
  UUID orderId;
  int sequence;
  String name;
  boolean consumesMaterials;
  String status;
  UUID assigneeId;
  Instant startedAt;
  Instant finishedAt;
  int quantityDone;
  int quantityRejected;
  String notes;

  static ProductionStageEntity of(ProductionStage s) {
    ProductionStageEntity e = new ProductionStageEntity();
    e.id = s.id();
    e.orderId = s.orderId();
    e.sequence = s.sequence();
    e.name = s.name();
    e.consumesMaterials = s.consumesMaterials();
    e.status = s.status().name();
    e.assigneeId = s.assigneeId();
    e.startedAt = s.startedAt();
    e.finishedAt = s.finishedAt();
    e.quantityDone = s.quantityDone();
    e.quantityRejected = s.quantityRejected();
    e.notes = s.notes();
    return e;
  }

  ProductionStage toRecord() {
    return new ProductionStage(
        id,
        orderId,
        sequence,
        name,
        consumesMaterials,
        StageStatus.valueOf(status),
        assigneeId,
        startedAt,
        finishedAt,
        quantityDone,
        quantityRejected,
        notes);
  }
}
