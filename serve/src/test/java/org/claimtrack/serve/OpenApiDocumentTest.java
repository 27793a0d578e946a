package org.claimtrack.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OpenAPI document is kept true: swagger-parser reads it without a message; every
 * API route the server registers is in it and every path in it is a route; and real responses of
 * the filled server match the schemas it gives for them.
 */
class OpenApiDocumentTest {
  static TestServer s;
  static OpenAPI api;

  @BeforeAll
  static void parse() {
    s = TestServer.get();
    HttpResponse<String> r = s.get("/openapi.json");
    assertThat(r.statusCode()).isEqualTo(200);
    ParseOptions o = new ParseOptions();
    o.setResolve(true);
    o.setResolveFully(true);
    SwaggerParseResult res = new OpenAPIV3Parser().readContents(r.body(), null, o);
    assertThat(res.getMessages()).as("swagger-parser's messages").isEmpty();
    api = res.getOpenAPI();
    assertThat(api).isNotNull();
  }

  @Test
  void everyRouteIsDocumentedAndEveryDocumentedPathIsARoute() {
    Set<String> routes = new TreeSet<>();
    for (String r : s.serve.routes()) {
      String[] mp = r.split(" ", 2);
      String path = mp[1];
      boolean api = path.startsWith("/api/") || path.equals("/openapi.json") || path.endsWith(".atom");
      if (!api || mp[0].equals("OPTIONS") || !Set.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(mp[0])) continue;
      routes.add(mp[0] + " " + path);
    }
    Set<String> documented = new TreeSet<>();
    for (Map.Entry<String, PathItem> e : OpenApiDocumentTest.api.getPaths().entrySet()) {
      for (PathItem.HttpMethod m : e.getValue().readOperationsMap().keySet()) documented.add(m.name() + " " + e.getKey());
    }
    assertThat(documented).isEqualTo(routes);
  }

  @Test
  void responsesMatchTheirSchemas() {
    String russia = ApiTest.RUSSIA;
    String article = s.json("/api/articles").get("items").get(0).get("hash").asText();
    String claim = s.json("/api/claims?limit=1").get("items").get(0).get("id").asText();
    String job = s.json("/api/ingest").get("items").get(0).get("id").asText();
    Map<String, String> samples = new java.util.LinkedHashMap<>();
    samples.put("/api/health", "/api/health");
    samples.put("/api/version", "/api/version");
    samples.put("/api/trackers", "/api/trackers?limit=500");
    samples.put("/api/trackers/{id}", "/api/trackers/" + russia);
    samples.put("/api/trackers/{id}/estimates", "/api/trackers/" + russia + "/estimates");
    samples.put("/api/trackers/{id}/events", "/api/trackers/" + russia + "/events");
    samples.put("/api/sources", "/api/sources?limit=500");
    samples.put("/api/sources/{id}", "/api/sources/NIS");
    samples.put("/api/articles", "/api/articles");
    samples.put("/api/articles/{hash}", "/api/articles/" + article);
    samples.put("/api/claims", "/api/claims?limit=500");
    samples.put("/api/claims/{id}", "/api/claims/" + claim);
    samples.put("/api/search", "/api/search?q=troops");
    samples.put("/api/ingest", "/api/ingest");
    samples.put("/api/ingest/{id}", "/api/ingest/" + job);
    samples.put("/api/events", "/api/events?limit=500");
    List<String> errors = new ArrayList<>();
    samples.forEach((path, url) -> {
      Operation op = api.getPaths().get(path).getGet();
      Schema<?> schema = op.getResponses().get("200").getContent().get("application/json").getSchema();
      validate(s.json(url), schema, url + " ", errors);
    });
    // a problem, against the Problem schema
    Schema<?> problem = api.getPaths().get("/api/trackers/{id}").getGet().getResponses().get("404").getContent()
        .get("application/problem+json").getSchema();
    validate(Json.parse(s.get("/api/trackers/nope").body()), problem, "problem ", errors);
    assertThat(errors).isEmpty();
  }

  /** A small JSON Schema check for what the document uses: type, nullable, required, properties, items, enum, allOf. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  static void validate(JsonNode n, Schema<?> schema, String at, List<String> errors) {
    if (schema == null) return;
    if (schema.getAllOf() != null) {
      for (Schema sub : schema.getAllOf()) validate(n, sub, at, errors);
    }
    if (n == null || n.isNull()) {
      if (!Boolean.TRUE.equals(schema.getNullable()) && schema.getType() != null) errors.add(at + "is null");
      return;
    }
    String type = schema.getType();
    if (type != null) {
      boolean ok = switch (type) {
        case "object" -> n.isObject();
        case "array" -> n.isArray();
        case "string" -> n.isTextual();
        case "integer" -> n.isIntegralNumber();
        case "number" -> n.isNumber();
        case "boolean" -> n.isBoolean();
        default -> true;
      };
      if (!ok) {
        errors.add(at + "is " + n.getNodeType().name().toLowerCase(Locale.ROOT) + ", not " + type);
        return;
      }
    }
    if (schema.getEnum() != null && n.isTextual() && !schema.getEnum().stream().map(String::valueOf).toList()
        .contains(n.asText())) {
      errors.add(at + "'" + n.asText() + "' is not one of " + schema.getEnum());
    }
    if (n.isObject()) {
      if (schema.getRequired() != null) {
        for (String r : schema.getRequired()) if (!n.has(r)) errors.add(at + "lacks required '" + r + "'");
      }
      if (schema.getProperties() != null) {
        Map<String, Schema> props = (Map) schema.getProperties();
        props.forEach((k, v) -> {
          if (n.has(k)) validate(n.get(k), v, at + k + ".", errors);
        });
      }
    }
    if (n.isArray() && schema.getItems() != null) {
      int i = 0;
      for (JsonNode x : n) {
        validate(x, schema.getItems(), at + "[" + i++ + "].", errors);
        if (errors.size() > 50) return;
      }
    }
  }
}
