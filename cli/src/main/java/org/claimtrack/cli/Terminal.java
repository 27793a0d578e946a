package org.claimtrack.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.claimtrack.domain.Printable;

/**
 * Standard output for the commands that print what the ledger holds as text (names, aliases,
 * claim text, titles, file names): every string printed has its control characters escaped
 * ({@link Printable#block}: tabs and newlines kept), so that nothing stored can drive the terminal.
 * JSON and CSV output do not go through it: they are data, escaped by their own rules.
 */
final class Terminal {
  private Terminal() {}

  static PrintStream out() {
    return new Escaping(System.out);
  }

  private static final class Escaping extends PrintStream {
    Escaping(PrintStream out) {
      super(out, true, StandardCharsets.UTF_8);
    }

    @Override
    public void print(String s) {
      super.print(Printable.block(s));
    }

    @Override
    public void print(Object o) {
      print(String.valueOf(o));
    }

    @Override
    public void println(String s) {
      synchronized (this) {
        print(s);
        println();
      }
    }

    @Override
    public void println(Object o) {
      println(String.valueOf(o));
    }

    @Override
    public PrintStream append(CharSequence csq) {
      print(String.valueOf(csq));
      return this;
    }
  }
}
