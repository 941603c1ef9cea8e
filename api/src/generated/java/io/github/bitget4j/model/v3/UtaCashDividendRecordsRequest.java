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
 * @param symbol e.g. AAPLUSDT (required, sent as {@code symbol})
 * @param type pending or paid (required, sent as {@code type})
 * @param cursor paging cursor as Bitget documents it; unset for the first page (optional, sent as {@code cursor})
 * @param limit page size (optional, greater than 0, sent as {@code limit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCashDividendRecordsRequest(
        String symbol,
        UtaDividendType type,
        @Nullable String cursor,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "type", "cursor", "limit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCashDividendRecordsRequest {
        Require.text(symbol, "symbol");
        Require.known(type, "type");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. AAPLUSDT (required, sent as {@code symbol})
     * @param type pending or paid (required, sent as {@code type})
     * @param cursor paging cursor as Bitget documents it; unset for the first page (optional, sent as {@code cursor})
     * @param limit page size (optional, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCashDividendRecordsRequest(String symbol, UtaDividendType type, @Nullable String cursor, @Nullable Integer limit) {
        this(symbol, type, cursor, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaCashDividendRecordsRequest withExtraParam(String name, Object value) {
        return new UtaCashDividendRecordsRequest(symbol, type, cursor, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol, type; the rest stay unset.
     *
     * @param symbol e.g. AAPLUSDT (required, sent as {@code symbol})
     * @param type pending or paid (required, sent as {@code type})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaCashDividendRecordsRequest of(String symbol, UtaDividendType type) {
        return new UtaCashDividendRecordsRequest(symbol, type, null, null, Map.of());
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
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

        /**
         * Sets {@code symbol}: e.g. AAPLUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code type}: pending or paid (required, sent as {@code type}). Checked by {@link #build()}.
         *
         * @param type the value
         * @return this builder
         */
        public Builder type(UtaDividendType type) {
            this.type = type;
            return this;
        }

        /**
         * Sets {@code cursor}: paging cursor as Bitget documents it; unset for the first page (optional, sent as {@code cursor}). Checked by {@link #build()}.
         *
         * @param cursor the value, or null to leave it unset
         * @return this builder
         */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /**
         * Sets {@code limit}: page size (optional, greater than 0, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
         *
         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})
         * @param value its value, sent as its text
         * @return this builder
         */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /**
         * Checks the parameters and makes the request.
         *
         * @return the request
         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
         */
        public UtaCashDividendRecordsRequest build() {
            return new UtaCashDividendRecordsRequest(symbol, type, cursor, limit, extraParams);
        }
    }
}
