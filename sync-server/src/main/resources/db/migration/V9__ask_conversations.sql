-- Ask Bobbin's conversation log: each question a person asked and the answer they got, kept as
-- asked (never edited). Feedback (helpful or not) sits beside an entry in its own table, so the
-- entry itself stays immutable. Old entries are purged after the retention period
-- (docs/ai.md, "Ask Bobbin"); only that purge may delete, and nothing may update.
create table ask_conversation (
  id        uuid primary key,
  org_id    uuid not null references organisation (id),
  user_id   uuid not null references app_user (id) on delete cascade,
  question  text not null,
  intent    text not null,
  engine    text not null,
  answer    text not null, -- the answer as sent, JSON
  asked_at  timestamptz not null
);
create index ask_conversation_user on ask_conversation (org_id, user_id, asked_at desc, id);
create index ask_conversation_age on ask_conversation (org_id, asked_at);

create table ask_feedback (
  conversation_id uuid primary key references ask_conversation (id) on delete cascade,
  org_id          uuid not null references organisation (id),
  user_id         uuid not null references app_user (id) on delete cascade,
  helpful         boolean not null,
  comment         text,
  given_at        timestamptz not null
);

alter table ask_conversation enable row level security;
alter table ask_conversation force row level security;
create policy org_isolation on ask_conversation
  using (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid);

alter table ask_feedback enable row level security;
alter table ask_feedback force row level security;
create policy org_isolation on ask_feedback
  using (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid)
  with check (org_id = nullif(current_setting('bobbin.org_id', true), '')::uuid);

-- An entry is never edited. It is deleted only by the retention purge, which marks its
-- transaction with bobbin.purge = 'ask', or with its user (erasure cascades from app_user).
create function ask_conversation_immutable() returns trigger language plpgsql as $$
begin
  if tg_op = 'UPDATE' then
    raise exception 'Ask Bobbin conversation entries cannot be changed';
  end if;
  if coalesce(current_setting('bobbin.purge', true), '') <> 'ask'
     and exists (select 1 from app_user u where u.id = old.user_id) then
    raise exception 'Ask Bobbin conversation entries are removed only by the retention purge';
  end if;
  return old;
end
$$;

create trigger ask_conversation_immutable
  before update or delete on ask_conversation
  for each row execute function ask_conversation_immutable();
