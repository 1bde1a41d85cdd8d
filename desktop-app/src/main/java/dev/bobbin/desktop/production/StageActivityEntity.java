package dev.bobbin.desktop.production;

import dev.bobbin.model.production.StageEvent;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The {@code stage_activity} row. */
@Entity
@Table(name = "stage_activity")
class StageActivityEntity {
  @Id UUID id;
  UUID stageId;
  UUID orderId;
  String stageName;
  String event;
  UUID userId;
  Instant happenedAt;
  int quantityDone;
  int quantityRejected;
  String note;

  static StageActivityEntity of(StageActivity a) {
    StageActivityEntity e = new StageActivityEntity();
    e.id = a.id();
    e.stageId = a.stageId();
    e.orderId = a.orderId();
    e.stageName = a.stageName();
    e.event = a.event().name();
    e.userId = a.userId();
    e.happenedAt = a.at();
    e.quantityDone = a.quantityDone();
    e.quantityRejected = a.quantityRejected();
    e.note = a.note();
    return e;
  }

  StageActivity toRecord() {
    return new StageActivity(
        id,
        stageId,
        orderId,
        stageName,
        StageEvent.valueOf(event),
        userId,
        happenedAt,
        quantityDone,
        quantityRejected,
        note);
  }
}
