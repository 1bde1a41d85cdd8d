package dev.bobbin.desktop.auth;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the organisation's audit trail.
 *
 * @param actorUserId who did it; null for the system or an API key
 * @param details the action's details as compact JSON
 */
public record AuditRecord(
    long id,
    Instant at,
    UUID actorUserId,
    String device,
    String ip,
    String action,
    String targetType,
    String targetId,
    String details) {}
