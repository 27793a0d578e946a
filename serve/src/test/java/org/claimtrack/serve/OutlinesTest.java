package org.claimtrack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** The map's country outlines, made from the places build's TopoJSON (no server, no browser). */
class OutlinesTest {

  @Test
  void everyCountryIsAClosedOutlineThatNeverJumpsAcrossTheMap() throws Exception {
    JsonNode fc = Json.MAPPER.readTree(Outlines.geojson());
    assertThat(fc.get("features").size()).isGreaterThan(200);
    boolean russia = false;
    for (JsonNode f : fc.get("features")) {
      JsonNode g = f.get("geometry");
      JsonNode polys = g.get("type").asText().equals("Polygon") ? Json.MAPPER.createArrayNode().add(g.get("coordinates"))
          : g.get("coordinates");
      for (JsonNode poly : polys) {
        for (JsonNode ring : poly) {
          assertThat(ring.size()).isGreaterThanOrEqualTo(4);
          assertThat(ring.get(0)).as("closed ring of %s", f.get("properties").get("name")).isEqualTo(ring.get(ring.size() - 1));
          for (int i = 1; i < ring.size(); i++) {
            double jump = Math.abs(ring.get(i).get(0).asDouble() - ring.get(i - 1).get(0).asDouble());
            assertThat(jump).as("a step of %s's outline", f.get("properties").get("name")).isLessThan(180);
          }
        }
      }
      if (f.get("properties").get("name").asText().equals("Russia")) russia = true;
    }
    assertThat(russia).isTrue();
  }
}
