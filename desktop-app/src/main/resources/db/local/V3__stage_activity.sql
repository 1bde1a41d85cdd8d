-- What people did to production stages, for the order's timeline ("who did what and when").
-- A journal of this device's actions: append-only, never edited; stages themselves sync as records.
CREATE TABLE stage_activity (
    id                UUID PRIMARY KEY,
    stage_id          UUID          NOT NULL,
    order_id          UUID          NOT NULL,
    stage_name        VARCHAR(60)   NOT NULL,
    event             VARCHAR(16)   NOT NULL,
    user_id           UUID,
    happened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    quantity_done     INTEGER       NOT NULL,
    quantity_rejected INTEGER       NOT NULL,
    note              VARCHAR(500)
);
CREATE INDEX stage_activity_order ON stage_activity (order_id, happened_at);
