package io.github.bitget4j.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks a testkit answer against the endpoint model ({@code endpoints.json}, generated from codegen/model)
 * as strictly as the SDK decodes it: no member the model does not know, every non-nullable member present,
 * decimals as decimal strings, times as Unix-millisecond strings, enum members among the model's values.
 */
final class ModelShapes {

    private static final String RESOURCE = "io/github/bitget4j/testkit/model/endpoints.json";
    private static final JsonObject MODEL = load();

    private ModelShapes() {
    }

    private static JsonObject load() {
        try (InputStream in = ModelShapes.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in != null) {
                return JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject();
            }
            Path generated = Path.of("src/generated/resources", RESOURCE);
            return JsonParser.parseString(Files.readString(generated)).getAsJsonObject();
        } catch (IOException e) {
            throw new UncheckedIOException("the endpoint model " + RESOURCE + " is missing", e);
        }
    }

    /** The problems of {@code data} as the answer of {@code method path}; empty when it matches the model. */
    static List<String> problems(String method, String path, JsonElement data) {
        for (JsonElement e : MODEL.getAsJsonArray("endpoints")) {
            JsonObject endpoint = e.getAsJsonObject();
            if (endpoint.get("method").getAsString().equals(method) && endpoint.get("path").getAsString().equals(path)) {
                List<String> problems = new ArrayList<>();
                check(endpoint.get("response").getAsString(), data, "data", problems);
                return problems;
            }
        }
        return List.of("no modelled endpoint " + method + " " + path);
    }

    private static void check(String type, JsonElement value, String where, List<String> problems) {
        if (type.startsWith("list<")) {
            if (!value.isJsonArray()) {
                problems.add(where + ": expected a list, got " + value);
                return;
            }
            String item = type.substring(5, type.length() - 1);
            JsonArray array = value.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                check(item, array.get(i), where + "[" + i + "]", problems);
            }
            return;
        }
        switch (type) {
            case "text", "json" -> expect(value.isJsonPrimitive() || type.equals("json"), where, "text", value, problems);
            case "decimal" -> expect(isDecimal(value), where, "a decimal string", value, problems);
            case "time", "long", "int" -> expect(value.isJsonPrimitive() && value.getAsString().matches("-?\\d+"), where,
                    "an integer string", value, problems);
            case "bool" -> expect(value.isJsonPrimitive() && value.getAsString().matches("true|false"), where, "a boolean",
                    value, problems);
            default -> checkNamed(type, value, where, problems);
        }
    }

    private static void checkNamed(String type, JsonElement value, String where, List<String> problems) {
        JsonObject enums = MODEL.getAsJsonObject("enums");
        if (enums.has(type)) {
            Set<String> values = new HashSet<>();
            enums.getAsJsonArray(type).forEach(v -> values.add(v.getAsString()));
            expect(value.isJsonPrimitive() && values.contains(value.getAsString()), where, "one of " + values, value, problems);
            return;
        }
        JsonObject declared = MODEL.getAsJsonObject("types").getAsJsonObject(type);
        if (declared == null) {
            problems.add(where + ": unknown model type " + type);
            return;
        }
        JsonArray fields = declared.getAsJsonArray("fields");
        if (declared.get("kind").getAsString().equals("array")) {
            if (!value.isJsonArray() || value.getAsJsonArray().size() != fields.size()) {
                problems.add(where + ": expected an array of " + fields.size() + ", got " + value);
                return;
            }
            for (int i = 0; i < fields.size(); i++) {
                JsonObject f = fields.get(i).getAsJsonObject();
                check(f.get("type").getAsString(), value.getAsJsonArray().get(i), where + "[" + i + "]", problems);
            }
            return;
        }
        if (!value.isJsonObject()) {
            problems.add(where + ": expected an object " + type + ", got " + value);
            return;
        }
        JsonObject object = value.getAsJsonObject();
        Set<String> known = new HashSet<>();
        for (JsonElement fe : fields) {
            JsonObject f = fe.getAsJsonObject();
            String name = f.has("wire") ? f.get("wire").getAsString() : f.get("name").getAsString();
            known.add(name);
            JsonElement member = object.get(name);
            boolean nullable = f.get("nullable").getAsBoolean();
            boolean empty = member == null || member.isJsonNull()
                    || member.isJsonPrimitive() && member.getAsString().isEmpty() && !f.get("type").getAsString().equals("text");
            if (empty) {
                if (!nullable) {
                    problems.add(where + "." + name + ": missing non-nullable member");
                }
                continue;
            }
            check(f.get("type").getAsString(), member, where + "." + name, problems);
        }
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                problems.add(where + "." + name + ": not in the model's " + type);
            }
        }
    }

    private static boolean isDecimal(JsonElement value) {
        if (!value.isJsonPrimitive()) {
            return false;
        }
        try {
            new BigDecimal(value.getAsString());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void expect(boolean ok, String where, String what, JsonElement value, List<String> problems) {
        if (!ok) {
            problems.add(where + ": expected " + what + ", got " + value);
        }
    }
}
