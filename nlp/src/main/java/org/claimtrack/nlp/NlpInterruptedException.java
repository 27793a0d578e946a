package org.claimtrack.nlp;

/**
 * The thread annotating a text was interrupted (a stream task being cancelled, a program being
 * stopped): the annotation did not finish and there is no result. Thrown with the thread's
 * interrupt flag set again, so that whoever interrupted it sees it. Never a statement about the
 * text: callers must not report the article as bad, nor store anything for it.
 */
public final class NlpInterruptedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NlpInterruptedException(String what) {
    super("interrupted while " + what);
  }
}
