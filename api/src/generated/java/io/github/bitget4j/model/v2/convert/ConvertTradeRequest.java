// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param fromCoin from coin (required, sent as {@code fromCoin})
 * @param fromCoinSize from coin size, decimal (required, greater than 0, sent as {@code fromCoinSize})
 * @param cnvtPrice the quoted price (required, greater than 0, sent as {@code cnvtPrice})
 * @param toCoin to coin (required, sent as {@code toCoin})
 * @param toCoinSize to coin size, decimal (required, greater than 0, sent as {@code toCoinSize})
 * @param traceId quote id, valid for 8 seconds (required, sent as {@code traceId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record ConvertTradeRequest(
        String fromCoin,
        BigDecimal fromCoinSize,
        BigDecimal cnvtPrice,
        String toCoin,
        BigDecimal toCoinSize,
        String traceId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromCoin", "fromCoinSize", "cnvtPrice", "toCoin", "toCoinSize", "traceId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public ConvertTradeRequest {
        Require.text(fromCoin, "fromCoin");
        Require.present(fromCoinSize, "fromCoinSize");
        Require.positiveIfPresent(fromCoinSize, "fromCoinSize");
        Require.present(cnvtPrice, "cnvtPrice");
        Require.positiveIfPresent(cnvtPrice, "cnvtPrice");
        Require.text(toCoin, "toCoin");
        Require.present(toCoinSize, "toCoinSize");
        Require.positiveIfPresent(toCoinSize, "toCoinSize");
        Require.text(traceId, "traceId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param fromCoin from coin (required, sent as {@code fromCoin})
     * @param fromCoinSize from coin size, decimal (required, greater than 0, sent as {@code fromCoinSize})
     * @param cnvtPrice the quoted price (required, greater than 0, sent as {@code cnvtPrice})
     * @param toCoin to coin (required, sent as {@code toCoin})
     * @param toCoinSize to coin size, decimal (required, greater than 0, sent as {@code toCoinSize})
     * @param traceId quote id, valid for 8 seconds (required, sent as {@code traceId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public ConvertTradeRequest(String fromCoin, BigDecimal fromCoinSize, BigDecimal cnvtPrice, String toCoin, BigDecimal toCoinSize, String traceId) {
        this(fromCoin, fromCoinSize, cnvtPrice, toCoin, toCoinSize, traceId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public ConvertTradeRequest withExtraParam(String name, Object value) {
        return new ConvertTradeRequest(fromCoin, fromCoinSize, cnvtPrice, toCoin, toCoinSize, traceId, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal cnvtPrice;
        private @Nullable String toCoin;
        private @Nullable BigDecimal toCoinSize;
        private @Nullable String traceId;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code fromCoin}: from coin (required, sent as {@code fromCoin}). Checked by {@link #build()}.
         *
         * @param fromCoin the value
         * @return this builder
         */
        public Builder fromCoin(String fromCoin) {
            this.fromCoin = fromCoin;
            return this;
        }

        /**
         * Sets {@code fromCoinSize}: from coin size, decimal (required, greater than 0, sent as {@code fromCoinSize}). Checked by {@link #build()}.
         *
         * @param fromCoinSize the value
         * @return this builder
         */
        public Builder fromCoinSize(BigDecimal fromCoinSize) {
            this.fromCoinSize = fromCoinSize;
            return this;
        }

        /**
         * Sets {@code cnvtPrice}: the quoted price (required, greater than 0, sent as {@code cnvtPrice}). Checked by {@link #build()}.
         *
         * @param cnvtPrice the value
         * @return this builder
         */
        public Builder cnvtPrice(BigDecimal cnvtPrice) {
            this.cnvtPrice = cnvtPrice;
            return this;
        }

        /**
         * Sets {@code toCoin}: to coin (required, sent as {@code toCoin}). Checked by {@link #build()}.
         *
         * @param toCoin the value
         * @return this builder
         */
        public Builder toCoin(String toCoin) {
            this.toCoin = toCoin;
            return this;
        }

        /**
         * Sets {@code toCoinSize}: to coin size, decimal (required, greater than 0, sent as {@code toCoinSize}). Checked by {@link #build()}.
         *
         * @param toCoinSize the value
         * @return this builder
         */
        public Builder toCoinSize(BigDecimal toCoinSize) {
            this.toCoinSize = toCoinSize;
            return this;
        }

        /**
         * Sets {@code traceId}: quote id, valid for 8 seconds (required, sent as {@code traceId}). Checked by {@link #build()}.
         *
         * @param traceId the value
         * @return this builder
         */
        public Builder traceId(String traceId) {
            this.traceId = traceId;
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
        public ConvertTradeRequest build() {
            return new ConvertTradeRequest(fromCoin, fromCoinSize, cnvtPrice, toCoin, toCoinSize, traceId, extraParams);
        }
    }
}
