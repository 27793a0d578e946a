package org.claimtrack.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The API's OpenAPI 3 document. It is written by hand (serve/src/main/resources/serve/openapi.yaml):
 * the OpenAPI plugin of Javalin 7 is not available to this build. {@code OpenApiDocumentTest} keeps
 * it true: every route the server registers is in it and every path in it is a route, swagger-parser
 * reads it without a message, and the API tests check responses against its schemas.
 */
final class OpenApi {
  private OpenApi() {}

  private static volatile JsonNode doc;

  static JsonNode json() {
    if (doc == null) {
      try (InputStream in = OpenApi.class.getResourceAsStream("/serve/openapi.yaml")) {
        if (in == null) throw new IllegalStateException("serve/openapi.yaml is missing from the build");
        doc = new ObjectMapper(new YAMLFactory()).readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return doc;
  }
}
