// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Give the amount to spend (fromCoinSize) or to receive (toCoinSize), not both. Build it with {@link #builder()}.
 *
 * @param fromCoin coin to spend (required, sent as {@code fromCoin})
 * @param fromCoinSize from coin size, decimal (optional, greater than 0, sent as {@code fromCoinSize})
 * @param toCoin coin to receive (required, sent as {@code toCoin})
 * @param toCoinSize to coin size, decimal (optional, greater than 0, sent as {@code toCoinSize})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record ConvertQuoteRequest(
        String fromCoin,
        @Nullable BigDecimal fromCoinSize,
        String toCoin,
        @Nullable BigDecimal toCoinSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromCoin", "fromCoinSize", "toCoin", "toCoinSize");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public ConvertQuoteRequest {
        Require.text(fromCoin, "fromCoin");
        Require.positiveIfPresent(fromCoinSize, "fromCoinSize");
        Require.text(toCoin, "toCoin");
        Require.positiveIfPresent(toCoinSize, "toCoinSize");
        Require.either(fromCoinSize, "fromCoinSize", toCoinSize, "toCoinSize");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param fromCoin coin to spend (required, sent as {@code fromCoin})
     * @param fromCoinSize from coin size, decimal (optional, greater than 0, sent as {@code fromCoinSize})
     * @param toCoin coin to receive (required, sent as {@code toCoin})
     * @param toCoinSize to coin size, decimal (optional, greater than 0, sent as {@code toCoinSize})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public ConvertQuoteRequest(String fromCoin, @Nullable BigDecimal fromCoinSize, String toCoin, @Nullable BigDecimal toCoinSize) {
        this(fromCoin, fromCoinSize, toCoin, toCoinSize, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public ConvertQuoteRequest withExtraParam(String name, Object value) {
        return new ConvertQuoteRequest(fromCoin, fromCoinSize, toCoin, toCoinSize, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets fromCoin, fromCoinSize, toCoin; the rest stay unset.
     *
     * @param fromCoin coin to spend (required, sent as {@code fromCoin})
     * @param fromCoinSize from coin size, decimal (optional, greater than 0, sent as {@code fromCoinSize})
     * @param toCoin coin to receive (required, sent as {@code toCoin})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static ConvertQuoteRequest spending(String fromCoin, BigDecimal fromCoinSize, String toCoin) {
        return new ConvertQuoteRequest(fromCoin, Require.present(fromCoinSize, "fromCoinSize"), toCoin, null, Map.of());
    }

    /**
     * Sets fromCoin, toCoin, toCoinSize; the rest stay unset.
     *
     * @param fromCoin coin to spend (required, sent as {@code fromCoin})
     * @param toCoin coin to receive (required, sent as {@code toCoin})
     * @param toCoinSize to coin size, decimal (optional, greater than 0, sent as {@code toCoinSize})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static ConvertQuoteRequest receiving(String fromCoin, String toCoin, BigDecimal toCoinSize) {
        return new ConvertQuoteRequest(fromCoin, null, toCoin, Require.present(toCoinSize, "toCoinSize"), Map.of());
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
        private @Nullable String fromCoin;
        private @Nullable BigDecimal fromCoinSize;
        private @Nullable String toCoin;
        private @Nullable BigDecimal toCoinSize;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code fromCoin}: coin to spend (required, sent as {@code fromCoin}). Checked by {@link #build()}.
         *
         * @param fromCoin the value
         * @return this builder
         */
        public Builder fromCoin(String fromCoin) {
            this.fromCoin = fromCoin;
            return this;
        }

        /**
         * Sets {@code fromCoinSize}: from coin size, decimal (optional, greater than 0, sent as {@code fromCoinSize}). Checked by {@link #build()}.
         *
         * @param fromCoinSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder fromCoinSize(@Nullable BigDecimal fromCoinSize) {
            this.fromCoinSize = fromCoinSize;
            return this;
        }

        /**
         * Sets {@code toCoin}: coin to receive (required, sent as {@code toCoin}). Checked by {@link #build()}.
         *
         * @param toCoin the value
         * @return this builder
         */
        public Builder toCoin(String toCoin) {
            this.toCoin = toCoin;
            return this;
        }

        /**
         * Sets {@code toCoinSize}: to coin size, decimal (optional, greater than 0, sent as {@code toCoinSize}). Checked by {@link #build()}.
         *
         * @param toCoinSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder toCoinSize(@Nullable BigDecimal toCoinSize) {
            this.toCoinSize = toCoinSize;
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
        public ConvertQuoteRequest build() {
            return new ConvertQuoteRequest(fromCoin, fromCoinSize, toCoin, toCoinSize, extraParams);
        }
    }
}
