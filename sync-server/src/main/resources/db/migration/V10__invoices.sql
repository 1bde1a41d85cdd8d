-- Invoices on the server: payments, the gapless number series, the frozen PDF of each issued
-- invoice, the organisation's invoice settings and the e-mail outbox.

-- Invoice.amountPaid (payments recorded by hand or by the payment webhook) and Invoice.notes
-- (terms or a message printed on the invoice). Synced like the invoice's other fields.
alter table invoice add column amount_paid numeric(19, 4) not null default 0;
alter table invoice add column notes text;

-- What an invoice says about the organisation, and how its numbers look.
create table invoice_settings (
  org_id               uuid primary key references organisation (id),
  legal_name           text,
  address              text,
  tax_id               text,
  email                text,
  phone                text,
  logo_sha256          text,
  currency             char(3) not null default 'USD',
  default_tax_percent  numeric(7, 4) not null default 0,
  payment_terms_days   integer not null default 30 check (payment_terms_days between 0 and 365),
  payment_instructions text,
  number_format        text not null default 'INV-{yyyy}-{seq:6}',
  page_size            text not null default 'A4' check (page_size in ('A4', 'LETTER')),
  updated_at           timestamptz not null default now()
);

-- One counter per organisation and number prefix (e.g. 'INV-2026-'). Issuing locks its row
-- (select … for update) until the transaction ends: concurrent issues queue on it, a rolled-back
-- issue gives its number back, so numbers have neither gaps nor duplicates, across instances.
create table invoice_series (
  org_id     uuid not null references organisation (id),
  prefix     text not null,
  next_value bigint not null check (next_value > 0),
  primary key (org_id, prefix)
);

-- The PDF of an issued invoice, rendered once at issue and never again. Append-only.
create table invoice_document (
  invoice_id uuid primary key references invoice (id),
  org_id     uuid not null references organisation (id),
  number     text not null,
  pdf        bytea not null,
  sha256     text not null,
  created_at timestamptz not null default now()
);

-- Each payment recorded against an invoice (its sum is invoice.amount_paid). Append-only.
create table invoice_payment (
  id          uuid primary key,
  org_id      uuid not null references organisation (id),
  invoice_id  uuid not null references invoice (id),
  amount      numeric(19, 4) not null check (amount > 0),
  paid_on     date not null,
  reference   text,
  source      text not null check (source in ('manual', 'webhook')),
  recorded_by uuid,
  recorded_at timestamptz not null default now()
);
create index invoice_payment_invoice on invoice_payment (invoice_id);

-- Invoices to e-mail, retried with backoff by each server instance (claimed with
-- for update skip locked, so two instances never send the same attempt).
create table invoice_email (
  id              bigint generated always as identity primary key,
  org_id          uuid not null references organisation (id),
  invoice_id      uuid not null references invoice (id),
  recipient       text not null,
  status          text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts        integer not null default 0,
  next_attempt_at timestamptz not null default now(),
  last_error      text,
  created_at      timestamptz not null default now(),
  sent_at         timestamptz
);
create index invoice_email_due on invoice_email (next_attempt_at) where status = 'pending';
create index invoice_email_invoice on invoice_email (invoice_id);

do $$
declare
  t text;
begin
  foreach t in array array['invoice_settings', 'invoice_series', 'invoice_document',
                           'invoice_payment', 'invoice_email'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
    execute format('create policy org_isolation on %I'
      || ' using (org_id = nullif(current_setting(''bobbin.org_id'', true), '''')::uuid)'
      || ' with check (org_id = nullif(current_setting(''bobbin.org_id'', true), '''')::uuid)', t);
  end loop;
end $$;

-- The mail sender runs outside any organisation: this lists which organisations have e-mails due,
-- and nothing else; it then works inside each organisation's row-level security.
create function bobbin_orgs_with_due_invoice_emails() returns setof uuid
  language sql stable security definer set search_path = public, pg_temp as $$
  select distinct org_id from invoice_email where status = 'pending' and next_attempt_at <= now()
$$;
revoke execute on function bobbin_orgs_with_due_invoice_emails() from public;
