package dev.bobbin.model.production;

/** What a person does to a stage. */
public enum StageEvent {
  START,
  BLOCK,
  UNBLOCK,
  FINISH,
  REOPEN
}
