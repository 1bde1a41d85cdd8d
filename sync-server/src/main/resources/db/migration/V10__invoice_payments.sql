-- Invoice.amountPaid (payments recorded by hand or by the payment webhook) and Invoice.notes
-- (terms or a message printed on the invoice). Synced like the invoice's other fields.
alter table invoice add column amount_paid numeric(19, 4) not null default 0;
alter table invoice add column notes text;
