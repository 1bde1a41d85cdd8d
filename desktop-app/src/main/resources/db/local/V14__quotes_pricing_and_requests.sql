-- The organisation's pricing rules (synced, record type pricing_settings); see the server's V7.
CREATE TABLE pricing_settings (
    id                   UUID PRIMARY KEY,
    currency             VARCHAR(3)     NOT NULL,
    simple_hourly_rate   NUMERIC(19, 4) NOT NULL,
    standard_hourly_rate NUMERIC(19, 4) NOT NULL,
    complex_hourly_rate  NUMERIC(19, 4) NOT NULL,
    simple_minutes       NUMERIC(19, 4) NOT NULL,
    standard_minutes     NUMERIC(19, 4) NOT NULL,
    complex_minutes      NUMERIC(19, 4) NOT NULL,
    overhead_percent     NUMERIC(19, 4) NOT NULL,
    margin_percent       NUMERIC(19, 4) NOT NULL,
    volume_discounts     VARCHAR(4000)  NOT NULL DEFAULT '[]',
    product_minutes      VARCHAR(16000) NOT NULL DEFAULT '[]'
);

-- Quotes requested from outside (a website form) carry who asked.
ALTER TABLE quote ADD COLUMN requester_name VARCHAR(120);
ALTER TABLE quote ADD COLUMN requester_email VARCHAR(254);
ALTER TABLE quote ADD COLUMN requester_phone VARCHAR(40);
ALTER TABLE quote ADD COLUMN request_message VARCHAR(4000);
CREATE INDEX quote_status ON quote (status);

-- The quote engine reads each stage's recent durations by name.
CREATE INDEX production_stage_finished_by_name ON production_stage (name, finished_at);
