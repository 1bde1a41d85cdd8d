-- The devices of an organisation and the prefix of the document numbers each makes offline
-- (PO-K7M-0042): unique per organisation, so numbers made on two devices never clash.
create table device (
  org_id        uuid        not null references organisation (id),
  client_id     uuid        not null,
  prefix        text        not null,
  registered_at timestamptz not null,
  primary key (org_id, client_id),
  unique (org_id, prefix)
);

alter table device enable row level security;
alter table device force row level security;
create policy org_isolation on device
  using (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid);
