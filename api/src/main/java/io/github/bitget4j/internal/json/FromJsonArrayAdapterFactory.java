package io.github.bitget4j.internal.json;

import com.google.gson.Gson;
import com.google.gson.JsonIOException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import io.github.bitget4j.model.FromJsonArray;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes records marked {@link FromJsonArray} as positional JSON arrays. Gson caches the adapter
 * per type, so the record's components, constructor and element adapters are looked up once per class.
 */
final class FromJsonArrayAdapterFactory implements TypeAdapterFactory {

    @Override
    public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!raw.isRecord() || !raw.isAnnotationPresent(FromJsonArray.class)) {
            return null;
        }
        @SuppressWarnings("unchecked") // raw is the record class of T
        TypeAdapter<T> adapter = (TypeAdapter<T>) new ArrayRecordAdapter<>(gson, raw.asSubclass(Record.class));
        return adapter.nullSafe();
    }

    private static final class ArrayRecordAdapter<R extends Record> extends TypeAdapter<R> {
        private final Class<R> recordType;
        private final Method[] accessors;
        private final TypeAdapter<?>[] elementAdapters;
        private final Constructor<R> constructor;

        ArrayRecordAdapter(Gson gson, Class<R> recordType) {
            this.recordType = recordType;
            RecordComponent[] components = recordType.getRecordComponents();
            Class<?>[] componentTypes = new Class<?>[components.length];
            accessors = new Method[components.length];
            elementAdapters = new TypeAdapter<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                if (component.getType().isPrimitive()) {
                    // a missing trailing element must read as null, which a primitive cannot hold
                    throw new IllegalArgumentException("@FromJsonArray record " + recordType.getName()
                            + " has primitive component '" + component.getName() + "'; use the boxed type");
                }
                componentTypes[i] = component.getType();
                accessors[i] = component.getAccessor();
                elementAdapters[i] = gson.getAdapter(TypeToken.get(component.getGenericType()));
            }
            try {
                constructor = recordType.getDeclaredConstructor(componentTypes);
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("no canonical constructor in " + recordType.getName(), e);
            }
        }

        @Override
        public R read(JsonReader in) throws IOException {
            Object[] values = new Object[elementAdapters.length];
            in.beginArray();
            for (int i = 0; i < values.length && in.hasNext(); i++) {
                values[i] = elementAdapters[i].read(in);
            }
            while (in.hasNext()) {
                in.skipValue();
            }
            in.endArray();
            try {
                return constructor.newInstance(values);
            } catch (InvocationTargetException e) {
                throw new JsonIOException("cannot create " + recordType.getName() + " at " + in.getPreviousPath(),
                        e.getCause());
            } catch (ReflectiveOperationException e) {
                throw new JsonIOException("cannot create " + recordType.getName(), e);
            }
        }

        @Override
        public void write(JsonWriter out, R record) throws IOException {
            // JsonWriter writes nulls inside arrays whatever serializeNulls says, so positions are kept
            out.beginArray();
            try {
                for (int i = 0; i < accessors.length; i++) {
                    writeElement(out, elementAdapters[i], accessors[i].invoke(record));
                }
            } catch (ReflectiveOperationException e) {
                throw new JsonIOException("cannot read the components of " + recordType.getName(), e);
            }
            out.endArray();
        }

        @SuppressWarnings("unchecked") // the adapter was obtained for this component's type
        private static <V> void writeElement(JsonWriter out, TypeAdapter<V> adapter, @Nullable Object value)
                throws IOException {
            adapter.write(out, (V) value);
        }
    }
}
