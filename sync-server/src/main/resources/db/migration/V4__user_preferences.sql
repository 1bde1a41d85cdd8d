-- Per-user preferences that follow a person from one PC to another (theme, start screen, column
-- layouts). Not organisation records, so they are not versioned or pulled: each device merges them
-- through /api/v1/me/preferences, the later change of each name winning.
create table user_preference (
  org_id     uuid not null references organisation (id),
  user_id    uuid not null references app_user (id) on delete cascade,
  name       text not null,
  value      text not null,
  updated_at timestamptz not null,
  primary key (user_id, name)
);

alter table user_preference enable row level security;
alter table user_preference force row level security;
create policy org_isolation on user_preference
  using (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid);
