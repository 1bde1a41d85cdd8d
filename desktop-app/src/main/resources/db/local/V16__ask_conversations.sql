-- Ask Bobbin's conversation on this device: each question and the answer given, never edited,
-- never synced. Whether the answer helped sits beside it, so the entry itself stays as asked.
CREATE TABLE ask_conversation (
    id       UUID PRIMARY KEY,
    user_id  UUID,
    question VARCHAR(500)             NOT NULL,
    intent   VARCHAR(20)              NOT NULL,
    answer   VARCHAR(4000)            NOT NULL,
    asked_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ask_conversation_asked ON ask_conversation (asked_at);

CREATE TABLE ask_feedback (
    conversation_id UUID PRIMARY KEY REFERENCES ask_conversation (id) ON DELETE CASCADE,
    helpful         BOOLEAN                  NOT NULL,
    given_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
