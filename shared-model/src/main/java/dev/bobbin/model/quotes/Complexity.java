package dev.bobbin.model.quotes;

/** How demanding a piece is to make; selects the labour rate and minutes per unit. */
public enum Complexity {
  SIMPLE,
  STANDARD,
  COMPLEX
}
