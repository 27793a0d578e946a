package org.claimtrack.domain;

/**
 * What happened to those a figure counts. One outcome, many words: "have died", "dead",
 * "deaths", "were killed" and "the death toll reached" are all {@link #KILLED}.
 */
public enum Outcome {
  KILLED("killed"),
  WOUNDED("wounded"),
  /** Killed or wounded, counted together ("casualties", "killed or wounded"). */
  CASUALTIES("killed or wounded"),
  MISSING("missing"),
  CAPTURED("captured"),
  DISPLACED("displaced"),
  DETAINED("detained"),
  EVACUATED("evacuated"),
  RESCUED("rescued"),
  INFECTED("infected");

  private final String words;

  Outcome(String words) {
    this.words = words;
  }

  /** How a listing words it after the thing counted ("people killed or wounded"). */
  public String words() {
    return words;
  }
}
