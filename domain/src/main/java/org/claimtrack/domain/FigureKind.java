package org.claimtrack.domain;

/** Whether a figure counts what is there, or what someone plans, expects, or how much it changed. */
public enum FigureKind {
  /** How many there are (or were): "3,000 troops are in Russia". */
  COUNT,
  /** How many someone has decided or plans to send, build, spend: "has decided to send 12,000". */
  PLAN,
  /** How many someone expects later: "expects the total to reach 10,000 by December". */
  PROJECTION,
  /** By how much something changed: "rose by 300", "up 2.1 percent". */
  CHANGE
}
