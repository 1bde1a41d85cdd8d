-- An organisation's pricing rules (PricingSettings), synced like every record: hourly labour
-- rates by complexity (all in the row's currency), minutes per unit, overhead and margin
-- percentages, volume-discount tiers ('100:5') and product types' own minutes
-- ('T-shirt:SIMPLE:12'). One row per organisation is meant; with several, the smallest id wins.
create table pricing_settings (
  id                   uuid primary key,
  org_id               uuid not null references organisation (id),
  simple_hourly_rate   numeric(19, 4) not null,
  standard_hourly_rate numeric(19, 4) not null,
  complex_hourly_rate  numeric(19, 4) not null,
  currency             char(3) not null,
  simple_minutes       numeric(19, 4) not null,
  standard_minutes     numeric(19, 4) not null,
  complex_minutes      numeric(19, 4) not null,
  overhead_percent     numeric(19, 4) not null,
  margin_percent       numeric(19, 4) not null,
  volume_discounts     text[] not null default '{}',
  product_minutes      text[] not null default '{}',
  version              bigint not null,
  updated_at           timestamptz not null default now()
);
create index pricing_settings_pull on pricing_settings (org_id, version);

alter table pricing_settings enable row level security;
alter table pricing_settings force row level security;
create policy org_isolation on pricing_settings
  using (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid);

-- Quotes requested from outside (a website form) carry who asked; status REQUESTED.
alter table quote add column requester_name text;
alter table quote add column requester_email text;
alter table quote add column requester_phone text;
alter table quote add column request_message text;

-- The quote engine reads each stage's recent durations and the open queue by stage name.
create index production_stage_finished_by_name
  on production_stage (org_id, name, finished_at) where finished_at is not null;
