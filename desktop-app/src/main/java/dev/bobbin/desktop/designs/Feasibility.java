package dev.bobbin.desktop.designs;

import java.util.List;

/** The answer to "Can we make {@code quantity}?": every material, and those that fall short. */
public record Feasibility(int quantity, List<MaterialCheck> materials) {

  public Feasibility {
    materials = List.copyOf(materials);
  }

  /** Yes when no material falls short. */
  public boolean possible() {
    return shortfalls().isEmpty();
  }

  public List<MaterialCheck> shortfalls() {
    return materials.stream().filter(MaterialCheck::isShort).toList();
  }
}
