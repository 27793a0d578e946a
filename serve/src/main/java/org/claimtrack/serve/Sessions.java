package org.claimtrack.serve;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Browser sign-in: a person pastes a write token once and gets a session cookie (HttpOnly,
 * SameSite=Strict) naming a random session; every form that writes carries the session's CSRF
 * token, checked on POST. Sessions live in memory for 12 hours; a restart signs everyone out.
 */
final class Sessions {
  static final String COOKIE = "ct_session";
  static final String CSRF_FIELD = "_csrf";
  static final Duration TTL = Duration.ofHours(12);

  record Session(String id, String tokenName, String csrf, Instant expires) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();

  Session open(String tokenName) {
    Session s = new Session(randomId(), tokenName, randomId(), Instant.now().plus(TTL));
    sessions.put(s.id(), s);
    sessions.values().removeIf(x -> x.expires().isBefore(Instant.now()));
    return s;
  }

  Optional<Session> find(String id) {
    if (id == null) return Optional.empty();
    Session s = sessions.get(id);
    if (s == null || s.expires().isBefore(Instant.now())) return Optional.empty();
    return Optional.of(s);
  }

  void close(String id) {
    if (id != null) sessions.remove(id);
  }

  static boolean csrfMatches(Session s, String given) {
    return given != null && MessageDigest.isEqual(s.csrf().getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private String randomId() {
    byte[] b = new byte[24];
    random.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}
