package io.github.bitget4j.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.errors.BitgetRawResponseException;
import io.github.bitget4j.errors.RequestFate;
import io.github.bitget4j.internal.json.AsciiBytesReader;
import io.github.bitget4j.spi.ErrorResponse;
import io.github.bitget4j.spi.ExceptionParser;
import io.github.bitget4j.spi.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Decodes a response in one pass into {@code ApiResponse<T>} when it is a success (HTTP 2xx and code
 * {@code "00000"}); anything else becomes an exception, typed by the parsers or raw.
 */
final class ResponseDecoder {

    static final String SUCCESS = "00000";

    private final Gson gson;
    private final boolean parseExceptions;
    private final List<ExceptionParser> parsers;
    private final DefaultExceptionParser fallback = new DefaultExceptionParser();

    ResponseDecoder(Gson gson, boolean parseExceptions, List<ExceptionParser> parsers) {
        this.gson = gson;
        this.parseExceptions = parseExceptions;
        this.parsers = List.copyOf(parsers);
    }

    <T> ApiResponse<T> decode(Endpoint<T> endpoint, HttpResponse response) {
        if (response.status() >= 200 && response.status() < 300) {
            try {
                @SuppressWarnings("unchecked") // responseType() is ApiResponse<T> by construction
                // neither an InputStreamReader (an 8 KiB buffer per response) nor a String copy of the body
                ApiResponse<T> decoded = (ApiResponse<T>) gson.fromJson(AsciiBytesReader.of(response.body()),
                        endpoint.responseType());
                if (decoded != null && SUCCESS.equals(decoded.code())) {
                    return decoded;
                }
            } catch (JsonParseException | IllegalStateException | NumberFormatException e) {
                if (SUCCESS.equals(envelopeField(response.body(), "code"))) {
                    // Bitget said success: the request was carried out, only its answer is unreadable here.
                    throw new BitgetClientException(endpoint + ": the request succeeded but its response could not"
                            + " be decoded into " + endpoint.dataType().getTypeName() + ": " + e.getMessage(), e,
                            RequestFate.ANSWERED);
                }
            }
        }
        throw failure(endpoint, response);
    }

    RuntimeException failure(Endpoint<?> endpoint, HttpResponse response) {
        if (!parseExceptions) {
            return new BitgetRawResponseException(endpoint + " failed: HTTP " + response.status(), endpoint.method(),
                    response.status(),
                    response.headers(), response.body());
        }
        JsonObject envelope = envelope(response.body());
        String code = envelope == null ? null : text(envelope.get("code"));
        String msg = envelope == null ? null : text(envelope.get("msg"));
        var error = new ErrorResponse(endpoint.method(), endpoint.path(), response.status(), response.headers(),
                response.body(), code, msg);
        for (ExceptionParser parser : parsers) {
            RuntimeException parsed = parser.parse(error);
            if (parsed != null) {
                return parsed;
            }
        }
        return fallback.parse(error);
    }

    private static @Nullable String envelopeField(byte[] body, String name) {
        JsonObject envelope = envelope(body);
        return envelope == null ? null : text(envelope.get(name));
    }

    /** The body as a JSON object with a code, or null when it is something else (HTML, empty, garbage). */
    private static @Nullable JsonObject envelope(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            JsonElement parsed = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
            return parsed.isJsonObject() && parsed.getAsJsonObject().has("code") ? parsed.getAsJsonObject() : null;
        } catch (JsonParseException e) {
            return null;
        }
    }

    private static @Nullable String text(@Nullable JsonElement element) {
        return element == null || element.isJsonNull() || !element.isJsonPrimitive() ? null : element.getAsString();
    }
}
