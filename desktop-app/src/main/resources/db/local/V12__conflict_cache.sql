-- The organisation's open conflicts as last fetched from the server, so the Conflicts inbox shows
-- them when the device is offline (resolving them still needs the server). When they were fetched
-- is kept in sync_state ('conflicts_fetched_at').
CREATE TABLE conflict_cache (
    conflict_id UUID                   PRIMARY KEY,
    payload     CHARACTER LARGE OBJECT NOT NULL
);
