package io.github.bitget4j.internal.json;

import com.google.gson.ExclusionStrategy;
import com.google.gson.FieldAttributes;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a request's extra raw parameters next to its typed fields, at whatever depth the request sits (a batch's
 * items are requests too). The {@code extraParams} component itself is never written as a field.
 */
final class ExtraParamsAdapterFactory implements TypeAdapterFactory {

    /**
     * Leaves out the extras component ({@link #create} writes its entries instead) and path parameters (they go in
     * the path; the encoder reads them from the record).
     */
    static final ExclusionStrategy SKIP_COMPONENT = new ExclusionStrategy() {
        @Override
        public boolean shouldSkipField(FieldAttributes field) {
            return BitgetRequest.class.isAssignableFrom(field.getDeclaringClass())
                    && (field.getName().equals("extraParams") || field.getAnnotation(PathParam.class) != null);
        }

        @Override
        public boolean shouldSkipClass(Class<?> type) {
            return false;
        }
    };

    @Override
    public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (!BitgetRequest.class.isAssignableFrom(type.getRawType())) {
            return null;
        }
        TypeAdapter<T> typed = gson.getDelegateAdapter(this, type);
        TypeAdapter<JsonElement> tree = gson.getAdapter(JsonElement.class);
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, @Nullable T value) throws IOException {
                Map<String, Object> extra = value == null ? Map.of() : ((BitgetRequest) value).extraParams();
                if (extra.isEmpty()) {
                    typed.write(out, value); // the common case: no tree in between
                    return;
                }
                JsonObject object = typed.toJsonTree(value).getAsJsonObject();
                extra.forEach((name, extraValue) -> object.add(name, gson.toJsonTree(extraValue)));
                tree.write(out, object);
            }

            @Override
            public @Nullable T read(JsonReader in) throws IOException {
                return typed.read(in);
            }
        };
    }
}
