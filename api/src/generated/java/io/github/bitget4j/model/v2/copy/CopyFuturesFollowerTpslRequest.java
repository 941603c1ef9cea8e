// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param trackingNo tracking no (required, sent as {@code trackingNo})
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
 * @param stopSurplusPrice take-profit price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopSurplusPrice})
 * @param stopLossPrice stop-loss price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopLossPrice})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesFollowerTpslRequest(
        String trackingNo,
        @Nullable String symbol,
        CopyProductType productType,
        @Nullable BigDecimal stopSurplusPrice,
        @Nullable BigDecimal stopLossPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("trackingNo", "symbol", "productType", "stopSurplusPrice", "stopLossPrice");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesFollowerTpslRequest {
        Require.text(trackingNo, "trackingNo");
        Require.known(productType, "productType");
        Require.atLeast(stopSurplusPrice, "stopSurplusPrice", "0");
        Require.atLeast(stopLossPrice, "stopLossPrice", "0");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param trackingNo tracking no (required, sent as {@code trackingNo})
     * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @param stopSurplusPrice take-profit price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopSurplusPrice})
     * @param stopLossPrice stop-loss price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopLossPrice})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesFollowerTpslRequest(String trackingNo, @Nullable String symbol, CopyProductType productType, @Nullable BigDecimal stopSurplusPrice, @Nullable BigDecimal stopLossPrice) {
        this(trackingNo, symbol, productType, stopSurplusPrice, stopLossPrice, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesFollowerTpslRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerTpslRequest(trackingNo, symbol, productType, stopSurplusPrice, stopLossPrice, Require.withExtra(extraParams, name, value));
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
        private @Nullable String trackingNo;
        private @Nullable String symbol;
        private @Nullable CopyProductType productType;
        private @Nullable BigDecimal stopSurplusPrice;
        private @Nullable BigDecimal stopLossPrice;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code trackingNo}: tracking no (required, sent as {@code trackingNo}). Checked by {@link #build()}.
         *
         * @param trackingNo the value
         * @return this builder
         */
        public Builder trackingNo(String trackingNo) {
            this.trackingNo = trackingNo;
            return this;
        }

        /**
         * Sets {@code symbol}: trading pair, e.g. BTCUSDT (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code productType}: futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType}). Checked by {@link #build()}.
         *
         * @param productType the value
         * @return this builder
         */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets {@code stopSurplusPrice}: take-profit price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopSurplusPrice}). Checked by {@link #build()}.
         *
         * @param stopSurplusPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusPrice(@Nullable BigDecimal stopSurplusPrice) {
            this.stopSurplusPrice = stopSurplusPrice;
            return this;
        }

        /**
         * Sets {@code stopLossPrice}: stop-loss price; 0 clears it, absent leaves it unchanged (optional, 0 or more, sent as {@code stopLossPrice}). Checked by {@link #build()}.
         *
         * @param stopLossPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossPrice(@Nullable BigDecimal stopLossPrice) {
            this.stopLossPrice = stopLossPrice;
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
        public CopyFuturesFollowerTpslRequest build() {
            return new CopyFuturesFollowerTpslRequest(trackingNo, symbol, productType, stopSurplusPrice, stopLossPrice, extraParams);
        }
    }
}
