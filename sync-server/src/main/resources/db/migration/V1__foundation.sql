-- Foundation schema: organisations, the per-organisation version counter, users, tombstones and
-- one table per synced domain type.
--
-- Conventions (the sync layer relies on them to map rows 1:1 onto shared-model records):
-- * Columns are the record's field names in snake_case. A nested record is flattened into its
--   parent row when its field names are unique there (Quote.breakdown); a list of value records
--   gets a child table (design_bom_line, workflow_stage_template, invoice_line).
-- * Every org-scoped table carries org_id (row-level security will key on it) and version: the
--   org version of the commit that last changed the row. Pull reads "version > cursor" through
--   the (org_id, version) index.
-- * Ids are UUIDv7 made on the device; child rows of a record get server-made ids.
-- * Money is numeric(19,4) with a currency char(3) in the same row; quantities numeric(19,3).
-- * Enums are stored by their Java name (as on the wire); shared-model validates them.
-- * References between synced records carry no foreign key: devices push them in any order
--   while offline, and a delete must win over an edit. Only the organisation and a record's own
--   child rows are foreign keys.

create table organisation (
  id         uuid primary key,
  name       text not null,
  created_at timestamptz not null default now()
);

-- One row per organisation. A writing transaction locks it (select ... for update), bumps it and
-- stamps its rows with the new value, so versions become visible in commit order and pull never
-- skips a change.
create table org_version (
  org_id  uuid primary key references organisation (id) on delete cascade,
  version bigint not null default 0
);

create table app_user (
  id            uuid primary key,
  org_id        uuid not null references organisation (id),
  email         text not null,
  display_name  text not null,
  role          text not null,
  password_hash text,
  active        boolean not null default true,
  created_at    timestamptz not null default now(),
  version       bigint not null,
  updated_at    timestamptz not null default now()
);
create index app_user_pull on app_user (org_id, version);

-- What pull tells devices about deleted rows.
create table tombstone (
  org_id     uuid not null references organisation (id),
  entity     text not null,
  id         uuid not null,
  version    bigint not null,
  deleted_at timestamptz not null default now(),
  primary key (org_id, entity, id)
);
create index tombstone_pull on tombstone (org_id, version);

create table item (
  id               uuid primary key,
  org_id           uuid not null references organisation (id),
  sku              text not null,
  name             text not null,
  category         text not null,
  colour_name      text,
  colour_hex       text,
  size             text,
  unit             text not null,
  location         text,
  unit_cost        numeric(19, 4) not null,
  currency         char(3) not null,
  barcode          text,
  reorder_point    numeric(19, 3),
  reorder_quantity numeric(19, 3),
  archived         boolean not null default false,
  version          bigint not null,
  updated_at       timestamptz not null default now()
);
create index item_pull on item (org_id, version);
create index item_sku on item (org_id, sku);
create index item_barcode on item (org_id, barcode) where barcode is not null;

-- The ledger: inserted, never updated.
create table stock_movement (
  id               uuid primary key,
  org_id           uuid not null references organisation (id),
  item_id          uuid not null,
  quantity         numeric(19, 3) not null,
  reason           text not null,
  counted_quantity numeric(19, 3),
  reference        text,
  note             text,
  user_id          uuid not null,
  at               timestamptz not null,
  device_id        text not null,
  version          bigint not null,
  updated_at       timestamptz not null default now()
);
create index stock_movement_pull on stock_movement (org_id, version);
create index stock_movement_item on stock_movement (org_id, item_id, at);

-- Cached sum of an item's ledger, updated in the transaction that inserts the movement.
create table item_balance (
  item_id    uuid primary key,
  org_id     uuid not null references organisation (id),
  on_hand    numeric(19, 3) not null default 0,
  version    bigint not null,
  updated_at timestamptz not null default now()
);
create index item_balance_pull on item_balance (org_id, version);

create table design (
  id           uuid primary key,
  org_id       uuid not null references organisation (id),
  code         text not null,
  name         text not null,
  customer_id  uuid,
  description  text,
  status       text not null,
  tags         text[] not null default '{}',
  image_sha256 text,
  palette      text[] not null default '{}',
  version      bigint not null,
  updated_at   timestamptz not null default now()
);
create index design_pull on design (org_id, version);

-- Design.bom: replaced as a whole with its design, in list order.
create table design_bom_line (
  id                uuid primary key default gen_random_uuid(),
  org_id            uuid not null references organisation (id),
  design_id         uuid not null references design (id) on delete cascade,
  position          integer not null,
  item_id           uuid not null,
  quantity_per_unit numeric(19, 3) not null,
  version           bigint not null,
  updated_at        timestamptz not null default now(),
  unique (design_id, position)
);
create index design_bom_line_pull on design_bom_line (org_id, version);

create table workflow_template (
  id         uuid primary key,
  org_id     uuid not null references organisation (id),
  name       text not null,
  version    bigint not null,
  updated_at timestamptz not null default now()
);
create index workflow_template_pull on workflow_template (org_id, version);

-- WorkflowTemplate.stages, in order.
create table workflow_stage_template (
  id                   uuid primary key default gen_random_uuid(),
  org_id               uuid not null references organisation (id),
  workflow_template_id uuid not null references workflow_template (id) on delete cascade,
  sequence             integer not null,
  name                 text not null,
  consumes_materials   boolean not null default false,
  version              bigint not null,
  updated_at           timestamptz not null default now(),
  unique (workflow_template_id, sequence)
);
create index workflow_stage_template_pull on workflow_stage_template (org_id, version);

create table production_order (
  id                   uuid primary key,
  org_id               uuid not null references organisation (id),
  number               text not null,
  design_id            uuid not null,
  customer_id          uuid,
  workflow_template_id uuid not null,
  quantity             integer not null,
  due_date             date not null,
  priority             text not null,
  status               text not null,
  notes                text,
  version              bigint not null,
  updated_at           timestamptz not null default now(),
  unique (org_id, number)
);
create index production_order_pull on production_order (org_id, version);

create table production_stage (
  id                 uuid primary key,
  org_id             uuid not null references organisation (id),
  order_id           uuid not null,
  sequence           integer not null,
  name               text not null,
  consumes_materials boolean not null default false,
  status             text not null,
  assignee_id        uuid,
  started_at         timestamptz,
  finished_at        timestamptz,
  quantity_done      integer not null default 0,
  quantity_rejected  integer not null default 0,
  notes              text,
  version            bigint not null,
  updated_at         timestamptz not null default now()
);
create index production_stage_pull on production_stage (org_id, version);
create index production_stage_order on production_stage (org_id, order_id, sequence);

create table reservation (
  id                  uuid primary key,
  org_id              uuid not null references organisation (id),
  item_id             uuid not null,
  production_order_id uuid not null,
  quantity            numeric(19, 3) not null,
  released            boolean not null default false,
  version             bigint not null,
  updated_at          timestamptz not null default now()
);
create index reservation_pull on reservation (org_id, version);
create index reservation_item on reservation (org_id, item_id) where not released;

create table customer (
  id         uuid primary key,
  org_id     uuid not null references organisation (id),
  name       text not null,
  email      text,
  phone      text,
  address    text,
  notes      text,
  version    bigint not null,
  updated_at timestamptz not null default now()
);
create index customer_pull on customer (org_id, version);

create table supplier (
  id                 uuid primary key,
  org_id             uuid not null references organisation (id),
  name               text not null,
  email              text,
  phone              text,
  currency           char(3) not null,
  payment_terms_days integer not null default 0,
  lead_time_days     integer not null default 0,
  version            bigint not null,
  updated_at         timestamptz not null default now()
);
create index supplier_pull on supplier (org_id, version);

-- Quote.breakdown is flattened (materials … total); all its amounts share the row's currency.
create table quote (
  id                 uuid primary key,
  org_id             uuid not null references organisation (id),
  number             text not null,
  customer_id        uuid,
  design_id          uuid,
  product_type       text not null,
  quantity           integer not null,
  material_item_id   uuid,
  complexity         text not null,
  deadline           date,
  materials          numeric(19, 4),
  labour             numeric(19, 4),
  overhead           numeric(19, 4),
  margin             numeric(19, 4),
  discount           numeric(19, 4),
  unit_price         numeric(19, 4),
  total              numeric(19, 4),
  currency           char(3),
  estimated_delivery date,
  suggestions        text[] not null default '{}',
  status             text not null,
  converted_order_id uuid,
  version            bigint not null,
  updated_at         timestamptz not null default now(),
  unique (org_id, number),
  check ((total is null) = (currency is null))
);
create index quote_pull on quote (org_id, version);

-- number stays null until the server issues the invoice from the organisation's gapless series.
create table invoice (
  id                  uuid primary key,
  org_id              uuid not null references organisation (id),
  number              text,
  customer_id         uuid not null,
  production_order_id uuid,
  quote_id            uuid,
  currency            char(3) not null,
  status              text not null,
  issue_date          date,
  due_date            date,
  credit_note_of      uuid,
  version             bigint not null,
  updated_at          timestamptz not null default now(),
  unique (org_id, number)
);
create index invoice_pull on invoice (org_id, version);

-- Invoice.lines, in order.
create table invoice_line (
  id               uuid primary key default gen_random_uuid(),
  org_id           uuid not null references organisation (id),
  invoice_id       uuid not null references invoice (id) on delete cascade,
  position         integer not null,
  description      text not null,
  quantity         numeric(19, 3) not null,
  unit_price       numeric(19, 4) not null,
  currency         char(3) not null,
  discount_percent numeric(7, 4),
  tax_rate_percent numeric(7, 4),
  version          bigint not null,
  updated_at       timestamptz not null default now(),
  unique (invoice_id, position)
);
create index invoice_line_pull on invoice_line (org_id, version);
