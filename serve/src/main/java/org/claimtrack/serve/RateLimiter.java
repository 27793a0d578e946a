package org.claimtrack.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per client: {@code perMinute} requests a minute, in bursts of as many. */
final class RateLimiter {
  private final int perMinute;
  private final Map<String, double[]> buckets = new ConcurrentHashMap<>(); // {tokens, lastNanos}

  RateLimiter(int perMinute) {
    this.perMinute = perMinute;
  }

  /** Takes one request's token; returns 0 when allowed, else the seconds until one is available. */
  long take(String client) {
    long now = System.nanoTime();
    double[] b = buckets.computeIfAbsent(client, k -> new double[] {perMinute, now});
    synchronized (b) {
      double refill = (now - b[1]) / 60e9 * perMinute;
      b[0] = Math.min(perMinute, b[0] + refill);
      b[1] = now;
      if (b[0] >= 1) {
        b[0] -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - b[0]) * 60.0 / perMinute);
    }
  }
}
