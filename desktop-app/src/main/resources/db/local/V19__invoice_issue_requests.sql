-- Invoices a user asked to issue while the server could not be reached (or before the draft had
-- synced). The sync engine issues them on the server after its next push; the number then comes
-- down with the pull. Local only, never synced: a number is only ever made by the server.
CREATE TABLE invoice_issue_request (
    invoice_id   UUID PRIMARY KEY,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    last_error   VARCHAR(1000)
);
