-- Reports: what was exported, when and by whom (local only, never synced), and an index so the
-- stock ledger report reads a date range in order without sorting a year of lines.
CREATE TABLE export_history (
    id          UUID PRIMARY KEY,
    report      VARCHAR(64)              NOT NULL,
    parameters  VARCHAR(4000)            NOT NULL,
    row_count   BIGINT                   NOT NULL,
    file        VARCHAR(4000)            NOT NULL,
    exported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     UUID,
    user_name   VARCHAR(254)
);
CREATE INDEX export_history_at ON export_history (exported_at);

CREATE INDEX stock_movement_at ON stock_movement (at);
