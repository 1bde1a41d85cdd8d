-- Accounts, sessions, API keys, the audit trail, and row-level security on every org-scoped table.
--
-- The server runs migrations as the owner role and serves requests as a separate application
-- role that owns no table and cannot bypass RLS (see docs/security.md). That role's grants are
-- applied by the server after migrating (db/app-role-grants.sql), because its name is deployment
-- configuration.
--
-- Every org-scoped table gets the same policy: a row is visible, and may be written, only when its
-- org_id is the organisation the current transaction set with
--   select set_config('bobbin.org_id', '<uuid>', true)
-- A transaction that set nothing sees no row and can write none.

alter table organisation add column require_admin_totp boolean not null default false;

-- Credentials live beside the user, not in app_user: app_user is a synced record that devices
-- pull, and a sync bug must not be able to ship a password hash or a TOTP secret.
alter table app_user drop column password_hash;
alter table app_user add column erased_at timestamptz;

create table user_credential (
  user_id             uuid primary key references app_user (id),
  org_id              uuid not null references organisation (id),
  password_hash       text,
  password_changed_at timestamptz,
  -- Encrypted by the server (AES-256-GCM, bound to user_id), never stored in clear.
  totp_secret         text,
  totp_enabled        boolean not null default false,
  -- The last accepted TOTP time step: a code is accepted once.
  totp_last_step      bigint
);

-- Login needs the organisation of an e-mail address before it can set one. This table answers
-- that one question; the application role has no privilege on it and reads it only through the
-- SECURITY DEFINER function below, one exact address at a time. Its primary key also makes an
-- address unique across the server.
create table user_email_directory (
  email   text primary key,
  org_id  uuid not null,
  user_id uuid not null unique
);
insert into user_email_directory (email, org_id, user_id)
  select lower(email), org_id, id from app_user;

create function bobbin_sync_email_directory() returns trigger
  language plpgsql security definer set search_path = public, pg_temp as $$
begin
  if tg_op = 'DELETE' then
    delete from user_email_directory where user_id = old.id;
    return old;
  end if;
  if tg_op = 'UPDATE' and lower(new.email) = lower(old.email) then
    return new;
  end if;
  delete from user_email_directory where user_id = new.id;
  insert into user_email_directory (email, org_id, user_id) values (lower(new.email), new.org_id, new.id);
  return new;
end
$$;
create trigger app_user_email_directory
  after insert or update of email or delete on app_user
  for each row execute function bobbin_sync_email_directory();

create function bobbin_org_of_email(p_email text) returns uuid
  language sql stable security definer set search_path = public, pg_temp as $$
  select org_id from user_email_directory where email = lower(p_email)
$$;

-- True once the first organisation and its admin exist (users are never deleted, only erased).
create function bobbin_is_bootstrapped() returns boolean
  language sql stable security definer set search_path = public, pg_temp as $$
  select exists (select 1 from user_email_directory)
$$;

revoke all on user_email_directory from public;
revoke execute on function bobbin_sync_email_directory() from public;
revoke execute on function bobbin_org_of_email(text) from public;
revoke execute on function bobbin_is_bootstrapped() from public;

-- Refresh tokens: opaque, stored as SHA-256, rotated on every use. All tokens of one sign-in
-- share a family; presenting a token that was already rotated revokes the family.
create table refresh_token (
  id         uuid primary key,
  org_id     uuid not null references organisation (id),
  user_id    uuid not null references app_user (id),
  family_id  uuid not null,
  token_hash bytea not null unique,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  rotated_at timestamptz,
  revoked_at timestamptz,
  device     text,
  ip         text
);
create index refresh_token_family on refresh_token (org_id, family_id);
create index refresh_token_user on refresh_token (org_id, user_id);

-- One-time recovery codes of a user's second factor, stored as SHA-256.
create table recovery_code (
  id        uuid primary key default gen_random_uuid(),
  org_id    uuid not null references organisation (id),
  user_id   uuid not null references app_user (id),
  code_hash bytea not null,
  used_at   timestamptz,
  unique (user_id, code_hash)
);

-- Organisation API keys for machine clients, stored as SHA-256; hint is the key's last characters.
create table api_key (
  id           uuid primary key,
  org_id       uuid not null references organisation (id),
  name         text not null,
  scope        text not null check (scope in ('READ', 'READ_WRITE')),
  key_hash     bytea not null unique,
  hint         text not null,
  created_by   uuid references app_user (id),
  created_at   timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at   timestamptz
);
create index api_key_org on api_key (org_id, created_at);

-- Append-only: the application role may insert and read, never update or delete.
create table audit_log (
  id               bigint generated always as identity primary key,
  org_id           uuid not null references organisation (id),
  at               timestamptz not null default now(),
  actor_user_id    uuid,
  actor_api_key_id uuid,
  device           text,
  ip               text,
  action           text not null,
  target_type      text,
  target_id        text,
  details          jsonb not null default '{}'
);
create index audit_log_org on audit_log (org_id, id desc);

-- Failed sign-ins per account and per client address, keyed by SHA-256 of the account's address
-- or of the client address, so that unknown addresses typed at the login form are not stored.
-- Not org-scoped: it must work before any organisation is known.
create table login_throttle (
  key               bytea primary key,
  failures          integer not null,
  window_started_at timestamptz not null,
  locked_until      timestamptz
);

-- Row-level security: enabled and forced (so that even a table owner is bound) on every table
-- with an org_id, and on organisation itself by its id.
do $$
declare
  t text;
begin
  for t in
    select c.table_name from information_schema.columns c
      join information_schema.tables tb
        on tb.table_schema = c.table_schema and tb.table_name = c.table_name
     where c.table_schema = 'public' and c.column_name = 'org_id'
       and tb.table_type = 'BASE TABLE' and c.table_name <> 'user_email_directory'
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

alter table organisation enable row level security;
alter table organisation force row level security;
create policy org_isolation on organisation
  using (id = nullif(current_setting('bobbin.org_id', true), '')::uuid)
  with check (id = nullif(current_setting('bobbin.org_id', true), '')::uuid);
