package io.github.bitget4j.internal.json;

import com.google.gson.JsonSyntaxException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Bitget's timestamps: Unix milliseconds, as a string or a number. {@code ""} reads as null, like an absent
 * field; an {@code Instant} is written as its milliseconds in a string, the way Bitget documents them.
 */
final class InstantAdapter extends TypeAdapter<Instant> {

    static final InstantAdapter INSTANCE = new InstantAdapter();

    private InstantAdapter() {
    }

    @Override
    public void write(JsonWriter out, @Nullable Instant value) throws IOException {
        if (value == null) {
            out.nullValue();
        } else {
            out.value(Long.toString(value.toEpochMilli()));
        }
    }

    @Override
    public @Nullable Instant read(JsonReader in) throws IOException {
        JsonToken token = in.peek();
        if (token == JsonToken.NULL) {
            in.nextNull();
            return null;
        }
        if (token != JsonToken.STRING && token != JsonToken.NUMBER) {
            throw new JsonSyntaxException("Expected Unix milliseconds but was " + token + " at " + in.getPath());
        }
        String text = in.nextString();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(text));
        } catch (NumberFormatException e) {
            throw new JsonSyntaxException("Expected Unix milliseconds but was '" + text + "' at " + in.getPreviousPath(), e);
        }
    }
}
