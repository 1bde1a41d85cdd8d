-- Preferences that follow a user to their other PCs (theme, start screen, column layouts) carry
-- when they changed here and whether the server has heard of that change yet.
ALTER TABLE user_preference ADD COLUMN updated_at TIMESTAMP(6) WITH TIME ZONE;
ALTER TABLE user_preference ADD COLUMN dirty BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE user_preference SET updated_at = CURRENT_TIMESTAMP, dirty = (pref_name = 'theme.dark');
ALTER TABLE user_preference ALTER COLUMN updated_at SET NOT NULL;
