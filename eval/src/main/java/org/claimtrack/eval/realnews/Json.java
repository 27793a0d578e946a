package org.claimtrack.eval.realnews;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Field access with Python's reading of JSON: a missing key and null are alike; truthiness. */
final class Json {
  private Json() {}

  /** Python's {@code bool(x)} of a JSON value; missing is false. */
  static boolean truthy(JsonNode v) {
    if (v == null || v.isNull() || v.isMissingNode()) return false;
    if (v.isBoolean()) return v.booleanValue();
    if (v.isNumber()) return v.doubleValue() != 0;
    if (v.isTextual()) return !v.textValue().isEmpty();
    return v.size() > 0;
  }

  /** A string field, null when missing or null. */
  static String text(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" is not a string");
    return v.textValue();
  }

  static String requiredText(JsonNode o, String field) {
    String s = text(o, field);
    if (s == null) throw new IllegalArgumentException("no \"" + field + "\"");
    return s;
  }

  /** A number field, null when missing or null. */
  static Double number(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isNumber()) throw new IllegalArgumentException("\"" + field + "\" is not a number");
    return v.doubleValue();
  }

  /** A list of numbers (entries may be null); empty when missing, null or empty. */
  static List<Double> numbers(JsonNode o, String field) {
    List<Double> out = new ArrayList<>();
    for (JsonNode v : list(o, field)) {
      if (v.isNull()) out.add(null);
      else if (v.isNumber()) out.add(v.doubleValue());
      else throw new IllegalArgumentException("\"" + field + "\" holds a value that is not a number");
    }
    return out;
  }

  /** A list of strings, empty entries dropped later by the rules that use it; empty when missing. */
  static List<String> texts(JsonNode o, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode v : list(o, field)) {
      if (v.isNull()) continue;
      if (!v.isTextual()) throw new IllegalArgumentException("\"" + field + "\" holds a value that is not a string");
      out.add(v.textValue());
    }
    return out;
  }

  private static JsonNode[] list(JsonNode o, String field) {
    JsonNode v = o.get(field);
    if (v == null || v.isNull()) return new JsonNode[0];
    if (!v.isArray()) throw new IllegalArgumentException("\"" + field + "\" is not a list");
    JsonNode[] out = new JsonNode[v.size()];
    for (int i = 0; i < out.length; i++) out[i] = v.get(i);
    return out;
  }
}
