package org.claimtrack.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Write tokens. The file keeps only their SHA-256 ({@code NAME sha256:HEX} per line, {@code #}
 * comments): a token is 256 random bits, so a fast hash is as good as a slow one, and a leaked file
 * gives no token away. Checks compare in constant time.
 */
final class Tokens {
  record Entry(String name, byte[] hash) {}

  private final Path file;
  private volatile List<Entry> entries;

  private Tokens(Path file, List<Entry> entries) {
    this.file = file;
    this.entries = List.copyOf(entries);
  }

  /** Reads the token file; a missing one is made with a token named "admin", which {@code created} receives. */
  static Tokens load(Path file, java.util.function.Consumer<String> created) throws IOException {
    if (!Files.exists(file)) {
      Tokens t = new Tokens(file, List.of());
      String token = t.add("admin");
      created.accept(token);
      return t;
    }
    List<Entry> out = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      n++;
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) continue;
      String[] parts = l.split("\\s+");
      if (parts.length != 2 || !parts[1].matches("sha256:[0-9a-f]{64}")) {
        throw new IOException(file + ":" + n + ": expected 'NAME sha256:HEX' (64 hex digits); plain tokens are not"
            + " kept: make one with claimtrack serve --add-token NAME");
      }
      out.add(new Entry(parts[0], HexFormat.of().parseHex(parts[1].substring(7))));
    }
    return new Tokens(file, out);
  }

  /** Makes a new token, appends its hash to the file, and returns the token (the only time it is seen). */
  synchronized String add(String name) throws IOException {
    if (!name.matches("[A-Za-z0-9_.@-]{1,64}")) {
      throw new IllegalArgumentException("a token name is 1-64 letters, digits, and _.@-, got '" + name + "'");
    }
    byte[] raw = new byte[32];
    new SecureRandom().nextBytes(raw);
    String token = "ct_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    byte[] h = sha256(token);
    if (file.getParent() != null) Files.createDirectories(file.getParent());
    String header = Files.exists(file) ? "" : "# claimtrack serve write tokens, stored hashed: NAME sha256:HEX\n";
    Files.writeString(file, header + name + " sha256:" + HexFormat.of().formatHex(h) + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    try {
      Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException ignored) {
      // not a POSIX file system: leave the permissions as they are
    }
    List<Entry> next = new ArrayList<>(entries);
    next.add(new Entry(name, h));
    entries = List.copyOf(next);
    return token;
  }

  /** The name of the token, when it is one of ours. */
  Optional<String> check(String token) {
    if (token == null || token.isEmpty() || token.length() > 200) return Optional.empty();
    byte[] h = sha256(token);
    String found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.hash(), h)) found = e.name(); // no early exit: same time whichever matches
    }
    return Optional.ofNullable(found);
  }

  static byte[] sha256(String s) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
