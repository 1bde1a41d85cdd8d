-- Per-user preferences of this device (theme, window placement, start screen), and the indexes
-- the workbench's lists need: items by location, the latest ledger lines for the dashboard.

CREATE TABLE user_preference (
    user_id UUID          NOT NULL,
    pref_name  VARCHAR(80)   NOT NULL,
    pref_value VARCHAR(4000) NOT NULL,
    PRIMARY KEY (user_id, pref_name)
);

CREATE INDEX item_location ON item (location, sku_key);
CREATE INDEX stock_movement_at ON stock_movement (at);
