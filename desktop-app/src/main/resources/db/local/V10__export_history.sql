-- Reports: what was exported, when and by whom (local only, never synced). The stock ledger
-- report reads date ranges through stock_movement_at (V2).
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
