package io.github.bitget4j.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.FromJsonArray;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Strict decoding of the SDK's response records: a field the record does not know, or a non-null component
 * Bitget left out, fails the decoding and names the field. Used when {@code strictResponses} is on: the
 * testkit's answers are checked this way, which is how the model and the server are kept in step.
 */
final class StrictRecordAdapterFactory implements TypeAdapterFactory {

    private static final String MODEL_PACKAGE = "io.github.bitget4j.model";

    @Override
    public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!raw.isRecord() || !raw.getPackageName().startsWith(MODEL_PACKAGE) || BitgetRequest.class.isAssignableFrom(raw)) {
            return null;
        }
        TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
        TypeAdapter<JsonElement> tree = gson.getAdapter(JsonElement.class);
        RecordComponent[] components = raw.getRecordComponents();
        boolean positional = raw.isAnnotationPresent(FromJsonArray.class);
        Set<String> known = new HashSet<>();
        List<String> required = new java.util.ArrayList<>();
        for (RecordComponent component : components) {
            SerializedName wire = component.getAccessor().getAnnotation(SerializedName.class);
            String name = wire == null ? component.getName() : wire.value();
            known.add(name);
            if (wire != null) {
                known.addAll(List.of(wire.alternate()));
            }
            if (!component.getAnnotatedType().isAnnotationPresent(Nullable.class) && !component.getType().isPrimitive()) {
                required.add(name);
            }
        }
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, @Nullable T value) throws IOException {
                delegate.write(out, value);
            }

            @Override
            public @Nullable T read(JsonReader in) throws IOException {
                JsonElement element = tree.read(in);
                if (element.isJsonObject() && !positional) {
                    check(element.getAsJsonObject());
                } else if (element.isJsonArray() && positional && element.getAsJsonArray().size() != components.length) {
                    throw new JsonParseException(raw.getSimpleName() + " has " + components.length
                            + " positions, Bitget sent " + element.getAsJsonArray().size() + " (strictResponses is on)");
                }
                return delegate.fromJsonTree(element);
            }

            private void check(JsonObject object) {
                for (String field : object.keySet()) {
                    if (!known.contains(field)) {
                        throw new JsonParseException(raw.getSimpleName() + " has no field '" + field
                                + "' (strictResponses is on; the model is behind Bitget or the server is wrong)");
                    }
                }
                for (String field : required) {
                    JsonElement value = object.get(field);
                    if (value == null || value.isJsonNull()) {
                        throw new JsonParseException(raw.getSimpleName() + "." + field + " is missing, but the model "
                                + "says Bitget always sends it (strictResponses is on)");
                    }
                }
            }
        };
    }
}
