// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the cash flow query. Build it with {@link #builder()}.
 *
 * @param startTime earliest movement, as Bitget counts time (presumably Unix milliseconds) (required, sent as {@code startTime})
 * @param endTime latest movement, same unit (required, sent as {@code endTime})
 * @param businessType kind of movement, as Bitget names them (optional, sent as {@code businessType})
 * @param symbol e.g. AAPL.US (optional, sent as {@code symbol})
 * @param page page number, from 1 (optional, greater than 0, sent as {@code page})
 * @param size page size (optional, greater than 0, sent as {@code size})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusCashFlowRequest(
        Long startTime,
        Long endTime,
        @Nullable String businessType,
        @Nullable String symbol,
        @Nullable Integer page,
        @Nullable Integer size,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "businessType", "symbol", "page", "size");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusCashFlowRequest {
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(page, "page");
        Require.positiveIfPresent(size, "size");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param startTime earliest movement, as Bitget counts time (presumably Unix milliseconds) (required, sent as {@code startTime})
     * @param endTime latest movement, same unit (required, sent as {@code endTime})
     * @param businessType kind of movement, as Bitget names them (optional, sent as {@code businessType})
     * @param symbol e.g. AAPL.US (optional, sent as {@code symbol})
     * @param page page number, from 1 (optional, greater than 0, sent as {@code page})
     * @param size page size (optional, greater than 0, sent as {@code size})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusCashFlowRequest(Long startTime, Long endTime, @Nullable String businessType, @Nullable String symbol, @Nullable Integer page, @Nullable Integer size) {
        this(startTime, endTime, businessType, symbol, page, size, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusCashFlowRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusCashFlowRequest(startTime, endTime, businessType, symbol, page, size, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets startTime, endTime; the rest stay unset.
     *
     * @param startTime earliest movement, as Bitget counts time (presumably Unix milliseconds) (required, sent as {@code startTime})
     * @param endTime latest movement, same unit (required, sent as {@code endTime})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaStockPlusCashFlowRequest of(Long startTime, Long endTime) {
        return new UtaStockPlusCashFlowRequest(startTime, endTime, null, null, null, null, Map.of());
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
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable String businessType;
        private @Nullable String symbol;
        private @Nullable Integer page;
        private @Nullable Integer size;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code startTime}: earliest movement, as Bitget counts time (presumably Unix milliseconds) (required, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value
         * @return this builder
         */
        public Builder startTime(Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: latest movement, same unit (required, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value
         * @return this builder
         */
        public Builder endTime(Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code businessType}: kind of movement, as Bitget names them (optional, sent as {@code businessType}). Checked by {@link #build()}.
         *
         * @param businessType the value, or null to leave it unset
         * @return this builder
         */
        public Builder businessType(@Nullable String businessType) {
            this.businessType = businessType;
            return this;
        }

        /**
         * Sets {@code symbol}: e.g. AAPL.US (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code page}: page number, from 1 (optional, greater than 0, sent as {@code page}). Checked by {@link #build()}.
         *
         * @param page the value, or null to leave it unset
         * @return this builder
         */
        public Builder page(@Nullable Integer page) {
            this.page = page;
            return this;
        }

        /**
         * Sets {@code size}: page size (optional, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value, or null to leave it unset
         * @return this builder
         */
        public Builder size(@Nullable Integer size) {
            this.size = size;
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
        public UtaStockPlusCashFlowRequest build() {
            return new UtaStockPlusCashFlowRequest(startTime, endTime, businessType, symbol, page, size, extraParams);
        }
    }
}
