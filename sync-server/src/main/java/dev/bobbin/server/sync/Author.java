package dev.bobbin.server.sync;

import dev.bobbin.model.auth.Role;
import java.util.UUID;

/**
 * Who a change is applied for: the signed-in user whose token carried it, with their role as the
 * database says now.
 */
public record Author(UUID orgId, UUID userId, Role role) {}
