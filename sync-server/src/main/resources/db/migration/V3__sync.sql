-- Sync: per-client idempotency, stored rejections, conflicts, who last wrote each field, blobs,
-- and the notification that pokes live devices. See docs/sync-protocol.md.

-- The highest mutation id of each device's outbox the server has handled (applied or rejected).
-- Written in the transaction that applies the push, so a retried push changes nothing.
create table sync_client (
  org_id           uuid not null references organisation (id),
  client_id        uuid not null,
  last_mutation_id bigint not null,
  user_id          uuid,
  last_push_at     timestamptz not null default now(),
  primary key (org_id, client_id)
);

-- Rejections are answered again, word for word, when a push is retried.
create table sync_rejection (
  org_id      uuid not null references organisation (id),
  client_id   uuid not null,
  mutation_id bigint not null,
  code        text not null,
  reason      text not null,
  at          timestamptz not null default now(),
  primary key (org_id, client_id, mutation_id)
);

-- What a merge overwrote: a same-field clash, or an edit that arrived after its record was deleted.
create table conflict (
  id                uuid primary key,
  org_id            uuid not null references organisation (id),
  entity            text not null,
  entity_id         uuid not null,
  kind              text not null,
  field             text,
  kept_value        jsonb,
  overwritten_value jsonb,
  kept_by           uuid,
  overwritten_by    uuid,
  at                timestamptz not null,
  resolved          boolean not null default false,
  resolved_by       uuid,
  resolved_at       timestamptz,
  version           bigint not null,
  updated_at        timestamptz not null default now()
);
create index conflict_open on conflict (org_id, at) where not resolved;
create index conflict_pull on conflict (org_id, version);

-- Who last wrote each field of a record (field '*' = every field, by its creator): the other user
-- of a same-field conflict.
create table field_author (
  org_id     uuid not null references organisation (id),
  entity     text not null,
  entity_id  uuid not null,
  field      text not null,
  user_id    uuid not null,
  written_at timestamptz not null,
  primary key (org_id, entity, entity_id, field)
);

-- A deleted record's last state and its deleter, so an edit that arrives later can be kept as a
-- conflict and restored.
alter table tombstone add column deleted_by uuid;
alter table tombstone add column last_record jsonb;

-- BomLine allows six decimals per unit (thread per piece).
alter table design_bom_line alter column quantity_per_unit type numeric(19, 6);

-- Design images, content-addressed per organisation. Kept in Postgres (not the data folder) so
-- that every server instance sees them, backups hold them, and row-level security scopes them.
create table blob (
  org_id       uuid not null references organisation (id),
  sha256       text not null,
  content_type text not null,
  size         integer not null,
  data         bytea not null,
  created_at   timestamptz not null default now(),
  primary key (org_id, sha256)
);

-- Row-level security on the new tables, with the same policy as V2's.
do $$
declare
  t text;
begin
  foreach t in array array['sync_client', 'sync_rejection', 'conflict', 'field_author', 'blob']
  loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format(
      'create policy org_isolation on %I'
      || ' using (org_id = nullif(current_setting(''bobbin.org_id'', true), '''')::uuid)'
      || ' with check (org_id = nullif(current_setting(''bobbin.org_id'', true), '''')::uuid)',
      t);
  end loop;
end
$$;

-- Pokes: when an organisation's version moves, notify 'bobbin_version' with '<org>:<version>'.
-- Deferred to commit, so listeners hear only committed versions; it reads the final version, so
-- a transaction that bumps many times sends one payload (Postgres drops identical notifications
-- of one transaction). Every writer gets this, whatever the route.
create function bobbin_notify_version() returns trigger
  language plpgsql as $$
begin
  perform pg_notify('bobbin_version',
    new.org_id::text || ':' || (select v.version from org_version v where v.org_id = new.org_id));
  return null;
end
$$;
create constraint trigger org_version_notify
  after update on org_version deferrable initially deferred
  for each row when (new.version <> old.version)
  execute function bobbin_notify_version();
