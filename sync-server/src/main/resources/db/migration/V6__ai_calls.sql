-- One row per call of an AI route: who, which route, which engine answered, how long it took and,
-- when the operator's language model helped, its tokens and estimated cost. Admins read it through
-- /api/v1/admin/ai/calls. Append-only: the application role may insert and read, never change.
create table ai_call (
  id                bigint generated always as identity primary key,
  org_id            uuid not null references organisation (id),
  at                timestamptz not null default now(),
  user_id           uuid,
  api_key_id        uuid,
  route             text not null,
  engine            text not null,
  duration_ms       integer not null check (duration_ms >= 0),
  prompt_tokens     integer not null default 0 check (prompt_tokens >= 0),
  completion_tokens integer not null default 0 check (completion_tokens >= 0),
  cost              numeric(14, 6) not null default 0 check (cost >= 0)
);
create index ai_call_org on ai_call (org_id, id desc);

alter table ai_call enable row level security;
alter table ai_call force row level security;
create policy org_isolation on ai_call
  using (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid);
