package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** What an endpoint sees of one request: its parameters, the caller's account and the server time. */
final class ApiCall {

    private final boolean get;
    private final String rawQuery;
    private final byte[] body;
    private final @Nullable Account account;
    private final long now;

    ApiCall(boolean get, String rawQuery, byte[] body, @Nullable Account account, long now) {
        this.get = get;
        this.rawQuery = rawQuery;
        this.body = body;
        this.account = account;
        this.now = now;
    }

    /** GET: the decoded query; POST: the members of the JSON body object. */
    Params params() {
        if (get) {
            return Params.ofQuery(rawQuery);
        }
        JsonElement json = bodyJson();
        if (json == null) {
            return Params.ofQuery("");
        }
        if (!json.isJsonObject()) {
            throw ApiError.malformedRequest("body must be a JSON object");
        }
        return Params.ofJson(json.getAsJsonObject());
    }

    /** The body as a JSON array (V3 batch endpoints). */
    JsonArray bodyArray() {
        JsonElement json = bodyJson();
        if (json == null || !json.isJsonArray()) {
            throw ApiError.malformedRequest("body must be a JSON array");
        }
        return json.getAsJsonArray();
    }

    /** The body as a JSON value, null when empty. */
    @Nullable JsonElement bodyJson() {
        if (body.length == 0) {
            return null;
        }
        try {
            return JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
        } catch (JsonParseException e) {
            throw ApiError.malformedRequest("body is not valid JSON");
        }
    }

    /** The signed-in account; only private endpoints (and signed optional ones) have one. */
    Account account() {
        if (account == null) {
            throw new IllegalStateException("endpoint declared public but reads the account");
        }
        return account;
    }

    long now() {
        return now;
    }
}
