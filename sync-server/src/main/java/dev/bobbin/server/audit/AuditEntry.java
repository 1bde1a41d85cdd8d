package dev.bobbin.server.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One line of the audit trail, as the API shows it. */
public record AuditEntry(
    long id,
    Instant at,
    UUID actorUserId,
    UUID actorApiKeyId,
    String device,
    String ip,
    String action,
    String targetType,
    String targetId,
    JsonNode details) {}
