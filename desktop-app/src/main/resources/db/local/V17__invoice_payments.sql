-- Invoice.amountPaid and Invoice.notes, as on the server.
ALTER TABLE invoice ADD COLUMN amount_paid DECIMAL(19, 4) DEFAULT 0 NOT NULL;
ALTER TABLE invoice ADD COLUMN notes VARCHAR(2000);
