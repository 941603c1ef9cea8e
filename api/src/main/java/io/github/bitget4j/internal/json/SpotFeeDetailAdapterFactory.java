package io.github.bitget4j.internal.json;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.github.bitget4j.model.v2.SpotCoinFee;
import io.github.bitget4j.model.v2.SpotFeeDetail;
import io.github.bitget4j.model.v2.SpotNewFees;
import java.io.IOException;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decodes V2 spot {@code feeDetail}: Bitget sends it as JSON text inside a string, with a fixed
 * {@code newFees} entry and one entry per fee coin. A plain object is accepted as well; it is written as one.
 */
final class SpotFeeDetailAdapterFactory implements TypeAdapterFactory {

    private static final String NEW_FEES = "newFees";

    @Override
    public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        if (type.getRawType() != SpotFeeDetail.class) {
            return null;
        }
        @SuppressWarnings("unchecked") // T is SpotFeeDetail
        TypeAdapter<T> adapter = (TypeAdapter<T>) new FeeDetailAdapter(
                gson.getAdapter(SpotNewFees.class), gson.getAdapter(SpotCoinFee.class));
        return adapter;
    }

    /** Decodes fee-detail JSON text now; used by {@link SpotFeeDetail} on first access. */
    static SpotFeeDetail parse(Gson gson, String json) throws IOException {
        FeeDetailAdapter adapter = new FeeDetailAdapter(gson.getAdapter(SpotNewFees.class), gson.getAdapter(SpotCoinFee.class));
        JsonReader in = new JsonReader(new StringReader(json));
        return adapter.readObject(in);
    }

    private static final class FeeDetailAdapter extends TypeAdapter<SpotFeeDetail> {
        private final TypeAdapter<SpotNewFees> newFeesAdapter;
        private final TypeAdapter<SpotCoinFee> coinFeeAdapter;

        FeeDetailAdapter(TypeAdapter<SpotNewFees> newFeesAdapter, TypeAdapter<SpotCoinFee> coinFeeAdapter) {
            this.newFeesAdapter = newFeesAdapter;
            this.coinFeeAdapter = coinFeeAdapter;
        }

        @Override
        public @Nullable SpotFeeDetail read(JsonReader in) throws IOException {
            switch (in.peek()) {
                case NULL -> {
                    in.nextNull();
                    return null;
                }
                case STRING -> {
                    // kept as text and decoded on first access (SpotFeeDetail), which most callers never make
                    String text = in.nextString();
                    return text.isBlank() || text.strip().equals("null") ? null : SpotFeeDetail.ofJson(text);
                }
                default -> {
                    return readObject(in);
                }
            }
        }

        private SpotFeeDetail readObject(JsonReader in) throws IOException {
            SpotNewFees newFees = null;
            Map<String, SpotCoinFee> coinFees = new LinkedHashMap<>();
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                if (NEW_FEES.equals(name)) {
                    newFees = newFeesAdapter.read(in);
                } else if (in.peek() == JsonToken.BEGIN_OBJECT) {
                    coinFees.put(name, coinFeeAdapter.read(in));
                } else {
                    in.skipValue(); // an entry of a shape we do not know yet
                }
            }
            in.endObject();
            return new SpotFeeDetail(newFees, Collections.unmodifiableMap(coinFees));
        }

        @Override
        public void write(JsonWriter out, @Nullable SpotFeeDetail value) throws IOException {
            if (value == null) {
                out.nullValue();
                return;
            }
            out.beginObject();
            if (value.newFees() != null) {
                out.name(NEW_FEES);
                newFeesAdapter.write(out, value.newFees());
            }
            for (Map.Entry<String, SpotCoinFee> entry : value.coinFees().entrySet()) {
                out.name(entry.getKey());
                coinFeeAdapter.write(out, entry.getValue());
            }
            out.endObject();
        }
    }
}
