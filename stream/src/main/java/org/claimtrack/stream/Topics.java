package org.claimtrack.stream;

import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** The topics a run needs, checked before it starts, so that a wrong name or broker fails at once and clearly. */
public final class Topics {
  private Topics() {}

  /** Thrown with one line for a person. */
  public static final class Unavailable extends RuntimeException {
    Unavailable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  static Properties admin(String kafka) {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "15000");
    return p;
  }

  /** The topics on the broker, or {@link Unavailable} when it cannot be reached. */
  static Set<String> list(Admin admin, String kafka) {
    try {
      return admin.listTopics().names().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      throw new Unavailable("cannot reach Kafka at " + kafka + " (" + reason(e) + "): is it running, and is --kafka right?", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while reaching Kafka at " + kafka, e);
    }
  }

  /**
   * Checks that the topic of articles exists and makes the dead-letter topic when it does not.
   *
   * @throws Unavailable when Kafka cannot be reached or the topic of articles does not exist
   */
  public static void prepare(StreamConfig c) {
    try (Admin admin = Admin.create(admin(c.kafka()))) {
      Set<String> names = list(admin, c.kafka());
      if (!names.contains(c.topic())) {
        throw new Unavailable("there is no topic '" + c.topic() + "' at " + c.kafka()
            + ": publish to it first (claimtrack publish --kafka " + c.kafka() + " --topic " + c.topic() + " PATH...)", null);
      }
      if (!names.contains(c.deadLetterTopic())) create(admin, c.kafka(), c.deadLetterTopic(), 1);
    }
  }

  /** Makes a topic with the broker's default replication; one that exists already is fine. */
  static void create(Admin admin, String kafka, String topic, int partitions) {
    try {
      admin.createTopics(List.of(new NewTopic(topic, Optional.of(partitions), Optional.empty()))).all()
          .get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TopicExistsException) return;
      throw new Unavailable("cannot create the topic '" + topic + "' at " + kafka + " (" + reason(e) + ")", e);
    } catch (TimeoutException e) {
      throw new Unavailable("cannot create the topic '" + topic + "' at " + kafka + " (timed out)", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unavailable("interrupted while creating the topic '" + topic + "'", e);
    }
  }

  static String reason(Exception e) {
    Throwable t = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    return Contract.oneLine(m);
  }
}
