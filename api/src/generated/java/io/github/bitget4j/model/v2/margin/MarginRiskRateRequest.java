// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
 * @param symbol isolated only: one symbol (optional, sent as {@code symbol})
 * @param pageNum isolated only, default 1 (optional, greater than 0, sent as {@code pageNum})
 * @param pageSize isolated only, default 100 (optional, greater than 0, at most 500, sent as {@code pageSize})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginRiskRateRequest(
        @PathParam("marginType") MarginMode marginType,
        @Nullable String symbol,
        @Nullable Integer pageNum,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "pageNum", "pageSize");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginRiskRateRequest {
        Require.known(marginType, "marginType");
        Require.positiveIfPresent(pageNum, "pageNum");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param symbol isolated only: one symbol (optional, sent as {@code symbol})
     * @param pageNum isolated only, default 1 (optional, greater than 0, sent as {@code pageNum})
     * @param pageSize isolated only, default 100 (optional, greater than 0, at most 500, sent as {@code pageSize})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginRiskRateRequest(MarginMode marginType, @Nullable String symbol, @Nullable Integer pageNum, @Nullable Integer pageSize) {
        this(marginType, symbol, pageNum, pageSize, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public MarginRiskRateRequest withExtraParam(String name, Object value) {
        return new MarginRiskRateRequest(marginType, symbol, pageNum, pageSize, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets marginType; the rest stay unset.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static MarginRiskRateRequest of(MarginMode marginType) {
        return new MarginRiskRateRequest(marginType, null, null, null, Map.of());
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
        private @Nullable MarginMode marginType;
        private @Nullable String symbol;
        private @Nullable Integer pageNum;
        private @Nullable Integer pageSize;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code marginType}: crossed or isolated (required, sent as {@code marginType} in the path). Checked by {@link #build()}.
         *
         * @param marginType the value
         * @return this builder
         */
        public Builder marginType(MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /**
         * Sets {@code symbol}: isolated only: one symbol (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code pageNum}: isolated only, default 1 (optional, greater than 0, sent as {@code pageNum}). Checked by {@link #build()}.
         *
         * @param pageNum the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageNum(@Nullable Integer pageNum) {
            this.pageNum = pageNum;
            return this;
        }

        /**
         * Sets {@code pageSize}: isolated only, default 100 (optional, greater than 0, at most 500, sent as {@code pageSize}). Checked by {@link #build()}.
         *
         * @param pageSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
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
        public MarginRiskRateRequest build() {
            return new MarginRiskRateRequest(marginType, symbol, pageNum, pageSize, extraParams);
        }
    }
}
