-- Bobbin's local store (H2 2.x). One table per shared record, named after its EntityType wire name.
-- Conventions: UUID ids made on the device; money NUMERIC(19,4) + a currency code; quantities
-- NUMERIC(19,3); every instant TIMESTAMP WITH TIME ZONE, written in UTC.
-- No foreign keys between synced tables: pulled pages arrive in server-version order, not in
-- dependency order, and a page must always apply. Child tables of one record (lines, tags,
-- stages of a template) do cascade from their parent.

CREATE TABLE app_user (
    id           UUID PRIMARY KEY,
    email        VARCHAR(254) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    role         VARCHAR(16)  NOT NULL,
    active       BOOLEAN      NOT NULL,
    email_key    VARCHAR(254) GENERATED ALWAYS AS (LOWER(email))
);
CREATE INDEX app_user_email_key ON app_user (email_key);

CREATE TABLE item (
    id                 UUID PRIMARY KEY,
    sku                VARCHAR(40)    NOT NULL,
    name               VARCHAR(120)   NOT NULL,
    category           VARCHAR(16)    NOT NULL,
    colour_name        VARCHAR(80),
    colour_hex         VARCHAR(7),
    size               VARCHAR(80),
    unit               VARCHAR(8)     NOT NULL,
    location           VARCHAR(80),
    unit_cost_amount   NUMERIC(19, 4) NOT NULL,
    unit_cost_currency VARCHAR(3)     NOT NULL,
    barcode            VARCHAR(80),
    reorder_point      NUMERIC(19, 3) NOT NULL,
    reorder_quantity   NUMERIC(19, 3) NOT NULL,
    archived           BOOLEAN        NOT NULL DEFAULT FALSE,
    -- Search keys kept by the database. H2 has no expression indexes; indexed generated columns
    -- give the same: case-insensitive prefix search and sorting by sku or name straight from an
    -- index, which is what keeps a 100k-item list fluid.
    sku_key            VARCHAR(40)  GENERATED ALWAYS AS (LOWER(sku)),
    name_key           VARCHAR(120) GENERATED ALWAYS AS (LOWER(name)),
    search_text        VARCHAR(500) GENERATED ALWAYS AS
        (LOWER(CONCAT_WS(' ', sku, name, colour_name, size, location, barcode)))
);
-- Not unique: two devices may create the same SKU offline; the repository checks it locally
-- and the server settles it, but a pulled row must never fail to apply.
CREATE INDEX item_sku_key ON item (sku_key);
CREATE INDEX item_name_key ON item (name_key);
CREATE INDEX item_barcode ON item (barcode);
CREATE INDEX item_category ON item (category, sku_key);

-- The cached on-hand balance, updated in the transaction of every ledger line.
CREATE TABLE item_balance (
    item_id    UUID PRIMARY KEY REFERENCES item (id) ON DELETE CASCADE,
    on_hand    NUMERIC(19, 3)           NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE stock_movement (
    id               UUID PRIMARY KEY,
    item_id          UUID                     NOT NULL,
    quantity         NUMERIC(19, 3)           NOT NULL,
    reason           VARCHAR(16)              NOT NULL,
    counted_quantity NUMERIC(19, 3),
    reference        VARCHAR(80),
    note             VARCHAR(500),
    user_id          UUID                     NOT NULL,
    at               TIMESTAMP WITH TIME ZONE NOT NULL,
    device_id        VARCHAR(80)              NOT NULL
);
CREATE INDEX stock_movement_item_at ON stock_movement (item_id, at);

CREATE TABLE reservation (
    id                  UUID PRIMARY KEY,
    item_id             UUID           NOT NULL,
    production_order_id UUID           NOT NULL,
    quantity            NUMERIC(19, 3) NOT NULL,
    released            BOOLEAN        NOT NULL
);
CREATE INDEX reservation_item ON reservation (item_id, released);
CREATE INDEX reservation_order ON reservation (production_order_id);

CREATE TABLE customer (
    id       UUID PRIMARY KEY,
    name     VARCHAR(120) NOT NULL,
    email    VARCHAR(254),
    phone    VARCHAR(40),
    address  VARCHAR(500),
    notes    VARCHAR(4000),
    name_key VARCHAR(120) GENERATED ALWAYS AS (LOWER(name))
);
CREATE INDEX customer_name_key ON customer (name_key);

CREATE TABLE supplier (
    id                 UUID PRIMARY KEY,
    name               VARCHAR(120) NOT NULL,
    email              VARCHAR(254),
    phone              VARCHAR(40),
    currency           VARCHAR(3)   NOT NULL,
    payment_terms_days INTEGER      NOT NULL,
    lead_time_days     INTEGER      NOT NULL,
    name_key           VARCHAR(120) GENERATED ALWAYS AS (LOWER(name))
);
CREATE INDEX supplier_name_key ON supplier (name_key);

CREATE TABLE design (
    id           UUID PRIMARY KEY,
    code         VARCHAR(40)   NOT NULL,
    name         VARCHAR(120)  NOT NULL,
    customer_id  UUID,
    description  VARCHAR(4000),
    status       VARCHAR(16)   NOT NULL,
    image_sha256 VARCHAR(64),
    -- JSON array of #RRGGBB, most prominent first: always read whole, never searched by element.
    palette      VARCHAR(4000) NOT NULL DEFAULT '[]',
    code_key     VARCHAR(40) GENERATED ALWAYS AS (LOWER(code))
);
CREATE INDEX design_code_key ON design (code_key);
CREATE INDEX design_customer ON design (customer_id);

-- Tags get a table of their own so "designs tagged linen" is an indexed query.
CREATE TABLE design_tag (
    design_id UUID         NOT NULL REFERENCES design (id) ON DELETE CASCADE,
    tag       VARCHAR(200) NOT NULL,
    PRIMARY KEY (design_id, tag)
);
CREATE INDEX design_tag_tag ON design_tag (tag);

CREATE TABLE design_bom_line (
    design_id         UUID           NOT NULL REFERENCES design (id) ON DELETE CASCADE,
    line_no           INTEGER        NOT NULL,
    item_id           UUID           NOT NULL,
    -- Six decimals: per-unit usage is small (0.0625 m of tape per piece).
    quantity_per_unit NUMERIC(19, 6) NOT NULL,
    PRIMARY KEY (design_id, line_no)
);
CREATE INDEX design_bom_line_item ON design_bom_line (item_id);

CREATE TABLE workflow_template (
    id   UUID PRIMARY KEY,
    name VARCHAR(80) NOT NULL
);

CREATE TABLE workflow_stage_template (
    workflow_template_id UUID        NOT NULL REFERENCES workflow_template (id) ON DELETE CASCADE,
    sequence             INTEGER     NOT NULL,
    name                 VARCHAR(60) NOT NULL,
    consumes_materials   BOOLEAN     NOT NULL,
    PRIMARY KEY (workflow_template_id, sequence)
);

CREATE TABLE production_order (
    id                   UUID PRIMARY KEY,
    number               VARCHAR(40)   NOT NULL,
    design_id            UUID          NOT NULL,
    customer_id          UUID,
    workflow_template_id UUID          NOT NULL,
    quantity             INTEGER       NOT NULL,
    due_date             DATE          NOT NULL,
    priority             VARCHAR(16)   NOT NULL,
    status               VARCHAR(16)   NOT NULL,
    notes                VARCHAR(4000)
);
CREATE INDEX production_order_status_due ON production_order (status, due_date);
CREATE INDEX production_order_number ON production_order (number);
CREATE INDEX production_order_design ON production_order (design_id);

CREATE TABLE production_stage (
    id                 UUID PRIMARY KEY,
    order_id           UUID        NOT NULL,
    sequence           INTEGER     NOT NULL,
    name               VARCHAR(60) NOT NULL,
    consumes_materials BOOLEAN     NOT NULL,
    status             VARCHAR(16) NOT NULL,
    assignee_id        UUID,
    started_at         TIMESTAMP WITH TIME ZONE,
    finished_at        TIMESTAMP WITH TIME ZONE,
    quantity_done      INTEGER     NOT NULL,
    quantity_rejected  INTEGER     NOT NULL,
    notes              VARCHAR(4000)
);
CREATE INDEX production_stage_order ON production_stage (order_id, sequence);
CREATE INDEX production_stage_assignee ON production_stage (assignee_id, status);

CREATE TABLE quote (
    id                 UUID PRIMARY KEY,
    number             VARCHAR(40)  NOT NULL,
    customer_id        UUID,
    design_id          UUID,
    product_type       VARCHAR(80)  NOT NULL,
    quantity           INTEGER      NOT NULL,
    material_item_id   UUID,
    complexity         VARCHAR(16)  NOT NULL,
    deadline           DATE,
    -- The price breakdown, all in one currency; every column NULL when not priced yet.
    currency           VARCHAR(3),
    materials_amount   NUMERIC(19, 4),
    labour_amount      NUMERIC(19, 4),
    overhead_amount    NUMERIC(19, 4),
    margin_amount      NUMERIC(19, 4),
    discount_amount    NUMERIC(19, 4),
    unit_price_amount  NUMERIC(19, 4),
    total_amount       NUMERIC(19, 4),
    estimated_delivery DATE,
    suggestions        VARCHAR(16000) NOT NULL DEFAULT '[]',
    status             VARCHAR(16)  NOT NULL,
    converted_order_id UUID
);
CREATE INDEX quote_customer ON quote (customer_id);
CREATE INDEX quote_number ON quote (number);

CREATE TABLE invoice (
    id                  UUID PRIMARY KEY,
    number              VARCHAR(40),
    customer_id         UUID        NOT NULL,
    production_order_id UUID,
    quote_id            UUID,
    currency            VARCHAR(3)  NOT NULL,
    status              VARCHAR(16) NOT NULL,
    issue_date          DATE,
    due_date            DATE,
    credit_note_of      UUID
);
CREATE INDEX invoice_customer ON invoice (customer_id);

CREATE TABLE invoice_line (
    invoice_id        UUID           NOT NULL REFERENCES invoice (id) ON DELETE CASCADE,
    line_no           INTEGER        NOT NULL,
    description       VARCHAR(500)   NOT NULL,
    quantity          NUMERIC(19, 3) NOT NULL,
    -- In the invoice's currency (the Invoice record enforces it).
    unit_price_amount NUMERIC(19, 4) NOT NULL,
    discount_percent  NUMERIC(7, 4)  NOT NULL,
    tax_rate_percent  NUMERIC(7, 4)  NOT NULL,
    PRIMARY KEY (invoice_id, line_no)
);

-- Every local change, in commit order, until the server has it (the sync contract's mutations).
CREATE TABLE outbox (
    mutation_id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
    entity      VARCHAR(32)              NOT NULL,
    entity_id   UUID                     NOT NULL,
    kind        VARCHAR(8)               NOT NULL,
    -- Not a CLOB: H2 keeps LOBs of more than a few hundred bytes out of the row, which halves
    -- bulk write speed. A million characters is H2's limit and far above any record.
    payload     CHARACTER VARYING(1000000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    user_id     UUID,
    attempts    INTEGER                  NOT NULL DEFAULT 0,
    last_error  VARCHAR(4000),
    status      VARCHAR(16)              NOT NULL DEFAULT 'PENDING'
);
CREATE INDEX outbox_status ON outbox (status, mutation_id);
CREATE INDEX outbox_entity ON outbox (entity_id);

-- One row that every outbox writer locks until it commits, so mutation ids follow commit order.
CREATE TABLE outbox_writer (
    id INTEGER PRIMARY KEY
);
INSERT INTO outbox_writer (id) VALUES (1);

-- Client id, device prefix, pull cursor and the like.
CREATE TABLE sync_state (
    state_key   VARCHAR(64) PRIMARY KEY,
    state_value VARCHAR(4000)
);
INSERT INTO sync_state (state_key, state_value) VALUES ('pull_cursor', '0');

-- Next number per kind of document made on this device (PO-K7M-0042).
CREATE TABLE document_sequence (
    kind        VARCHAR(8) PRIMARY KEY,
    next_number BIGINT     NOT NULL
);
INSERT INTO document_sequence (kind, next_number) VALUES ('PO', 1), ('Q', 1);
