-- The stock ledger report reads lines in the order (at, id). An index on (at) alone left H2 to
-- sort every line of the range (to disk, for a year's ledger); with the id in the index the lines
-- come in report order. It serves everything the (at) index did (the dashboard's latest lines).
CREATE INDEX stock_movement_at_id ON stock_movement (at, id);
DROP INDEX stock_movement_at;
