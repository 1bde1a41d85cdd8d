package dev.bobbin.desktop.auth;

import dev.bobbin.model.auth.Role;
import java.util.UUID;

/** A user of the organisation as admins see them on the server. */
public record ServerUser(
    UUID id, String email, String displayName, Role role, boolean active, boolean totpEnabled) {}
