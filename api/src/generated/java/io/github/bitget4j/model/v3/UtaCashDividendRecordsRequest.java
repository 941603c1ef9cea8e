// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 cash dividend query. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. AAPLUSDT.
 * @param type required; pending or paid.
 * @param cursor optional; paging cursor as Bitget documents it; unset for the first page.
 * @param limit optional; page size.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCashDividendRecordsRequest(
        String symbol,
        UtaDividendType type,
        @Nullable String cursor,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "type", "cursor", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCashDividendRecordsRequest {
        Require.text(symbol, "symbol");
        Require.known(type, "type");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCashDividendRecordsRequest(String symbol, UtaDividendType type, @Nullable String cursor, @Nullable Integer limit) {
        this(symbol, type, cursor, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCashDividendRecordsRequest withExtraParam(String name, Object value) {
        return new UtaCashDividendRecordsRequest(symbol, type, cursor, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, type; the rest stay unset. */
    public static UtaCashDividendRecordsRequest of(String symbol, UtaDividendType type) {
        return new UtaCashDividendRecordsRequest(symbol, type, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable UtaDividendType type;
        private @Nullable String cursor;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. AAPLUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** pending or paid. Required. */
        public Builder type(UtaDividendType type) {
            this.type = type;
            return this;
        }

        /** paging cursor as Bitget documents it; unset for the first page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** page size. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaCashDividendRecordsRequest build() {
            return new UtaCashDividendRecordsRequest(symbol, type, cursor, limit, extraParams);
        }
    }
}
