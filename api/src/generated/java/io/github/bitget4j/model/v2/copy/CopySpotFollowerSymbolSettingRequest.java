// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one spot symbol of a trader is copied. Build it with {@link #builder()}.
 *
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param traceType count only in advanced mode (required, sent as {@code traceType})
 * @param maxHoldSize largest quantity bought by copying (required, greater than 0, sent as {@code maxHoldSize})
 * @param traceValue ratio, amount or quantity, as traceType says (required, greater than 0, sent as {@code traceValue})
 * @param stopLossRatio stop-loss, whole percent (10 = 10%) (optional, greater than 0, sent as {@code stopLossRatio})
 * @param stopSurplusRatio take-profit, whole percent (10 = 10%) (optional, greater than 0, sent as {@code stopSurplusRatio})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopySpotFollowerSymbolSettingRequest(
        String symbol,
        CopyTraceType traceType,
        BigDecimal maxHoldSize,
        BigDecimal traceValue,
        @Nullable Integer stopLossRatio,
        @Nullable Integer stopSurplusRatio,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "traceType", "maxHoldSize", "traceValue", "stopLossRatio", "stopSurplusRatio");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopySpotFollowerSymbolSettingRequest {
        Require.text(symbol, "symbol");
        Require.known(traceType, "traceType");
        Require.present(maxHoldSize, "maxHoldSize");
        Require.positiveIfPresent(maxHoldSize, "maxHoldSize");
        Require.present(traceValue, "traceValue");
        Require.positiveIfPresent(traceValue, "traceValue");
        Require.positiveIfPresent(stopLossRatio, "stopLossRatio");
        Require.positiveIfPresent(stopSurplusRatio, "stopSurplusRatio");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param traceType count only in advanced mode (required, sent as {@code traceType})
     * @param maxHoldSize largest quantity bought by copying (required, greater than 0, sent as {@code maxHoldSize})
     * @param traceValue ratio, amount or quantity, as traceType says (required, greater than 0, sent as {@code traceValue})
     * @param stopLossRatio stop-loss, whole percent (10 = 10%) (optional, greater than 0, sent as {@code stopLossRatio})
     * @param stopSurplusRatio take-profit, whole percent (10 = 10%) (optional, greater than 0, sent as {@code stopSurplusRatio})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopySpotFollowerSymbolSettingRequest(String symbol, CopyTraceType traceType, BigDecimal maxHoldSize, BigDecimal traceValue, @Nullable Integer stopLossRatio, @Nullable Integer stopSurplusRatio) {
        this(symbol, traceType, maxHoldSize, traceValue, stopLossRatio, stopSurplusRatio, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopySpotFollowerSymbolSettingRequest withExtraParam(String name, Object value) {
        return new CopySpotFollowerSymbolSettingRequest(symbol, traceType, maxHoldSize, traceValue, stopLossRatio, stopSurplusRatio, Require.withExtra(extraParams, name, value));
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
        private @Nullable CopyTraceType traceType;
        private @Nullable BigDecimal maxHoldSize;
        private @Nullable BigDecimal traceValue;
        private @Nullable Integer stopLossRatio;
        private @Nullable Integer stopSurplusRatio;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: trading pair, e.g. BTCUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code traceType}: count only in advanced mode (required, sent as {@code traceType}). Checked by {@link #build()}.
         *
         * @param traceType the value
         * @return this builder
         */
        public Builder traceType(CopyTraceType traceType) {
            this.traceType = traceType;
            return this;
        }

        /**
         * Sets {@code maxHoldSize}: largest quantity bought by copying (required, greater than 0, sent as {@code maxHoldSize}). Checked by {@link #build()}.
         *
         * @param maxHoldSize the value
         * @return this builder
         */
        public Builder maxHoldSize(BigDecimal maxHoldSize) {
            this.maxHoldSize = maxHoldSize;
            return this;
        }

        /**
         * Sets {@code traceValue}: ratio, amount or quantity, as traceType says (required, greater than 0, sent as {@code traceValue}). Checked by {@link #build()}.
         *
         * @param traceValue the value
         * @return this builder
         */
        public Builder traceValue(BigDecimal traceValue) {
            this.traceValue = traceValue;
            return this;
        }

        /**
         * Sets {@code stopLossRatio}: stop-loss, whole percent (10 = 10%) (optional, greater than 0, sent as {@code stopLossRatio}). Checked by {@link #build()}.
         *
         * @param stopLossRatio the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossRatio(@Nullable Integer stopLossRatio) {
            this.stopLossRatio = stopLossRatio;
            return this;
        }

        /**
         * Sets {@code stopSurplusRatio}: take-profit, whole percent (10 = 10%) (optional, greater than 0, sent as {@code stopSurplusRatio}). Checked by {@link #build()}.
         *
         * @param stopSurplusRatio the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusRatio(@Nullable Integer stopSurplusRatio) {
            this.stopSurplusRatio = stopSurplusRatio;
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
        public CopySpotFollowerSymbolSettingRequest build() {
            return new CopySpotFollowerSymbolSettingRequest(symbol, traceType, maxHoldSize, traceValue, stopLossRatio, stopSurplusRatio, extraParams);
        }
    }
}
