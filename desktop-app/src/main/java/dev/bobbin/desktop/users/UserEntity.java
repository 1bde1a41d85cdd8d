package dev.bobbin.desktop.users;

import dev.bobbin.model.auth.Role;
import dev.bobbin.model.auth.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The {@code app_user} row ({@code user} is a reserved word in SQL). */
@Entity
@Table(name = "app_user")
class UserEntity {
  @Id UUID id;
  String email;
  String displayName;
  String role;
  boolean active;

  @Column(insertable = false, updatable = false)
  String emailKey;

  static UserEntity of(User u) {
    UserEntity e = new UserEntity();
    e.id = u.id();
    e.email = u.email();
    e.displayName = u.displayName();
    e.role = u.role().name();
    e.active = u.active();
    return e;
  }

  User toRecord() {
    return new User(id, email, displayName, Role.valueOf(role), active);
  }
}
