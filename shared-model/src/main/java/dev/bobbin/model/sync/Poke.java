package dev.bobbin.model.sync;

/** Sent over the live WebSocket when the organisation's version moves: "pull now". */
public record Poke(long version) {}
