// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Narrow by tracking number, symbol, margin coin, mode and side. Build it with {@link #builder()}.
 *
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
 * @param trackingNo must match the other filters when they are set (optional, sent as {@code trackingNo})
 * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
 * @param marginCoin margin coin, e.g. USDT (optional, sent as {@code marginCoin})
 * @param marginMode margin mode, one of {@code isolated}, {@code cross} (optional, sent as {@code marginMode})
 * @param holdSide required in hedge mode, ignored in one-way mode (optional, sent as {@code holdSide})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesFollowerCloseRequest(
        CopyProductType productType,
        @Nullable String trackingNo,
        @Nullable String symbol,
        @Nullable String marginCoin,
        @Nullable CopyMarginMode marginMode,
        @Nullable FuturesHoldSide holdSide,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productType", "trackingNo", "symbol", "marginCoin", "marginMode", "holdSide");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesFollowerCloseRequest {
        Require.known(productType, "productType");
        Require.knownIfPresent(marginMode, "marginMode");
        Require.knownIfPresent(holdSide, "holdSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @param trackingNo must match the other filters when they are set (optional, sent as {@code trackingNo})
     * @param symbol trading pair, e.g. BTCUSDT (optional, sent as {@code symbol})
     * @param marginCoin margin coin, e.g. USDT (optional, sent as {@code marginCoin})
     * @param marginMode margin mode, one of {@code isolated}, {@code cross} (optional, sent as {@code marginMode})
     * @param holdSide required in hedge mode, ignored in one-way mode (optional, sent as {@code holdSide})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesFollowerCloseRequest(CopyProductType productType, @Nullable String trackingNo, @Nullable String symbol, @Nullable String marginCoin, @Nullable CopyMarginMode marginMode, @Nullable FuturesHoldSide holdSide) {
        this(productType, trackingNo, symbol, marginCoin, marginMode, holdSide, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesFollowerCloseRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerCloseRequest(productType, trackingNo, symbol, marginCoin, marginMode, holdSide, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets trackingNo, productType; the rest stay unset.
     *
     * @param trackingNo must match the other filters when they are set (optional, sent as {@code trackingNo})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static CopyFuturesFollowerCloseRequest byTrackingNo(String trackingNo, CopyProductType productType) {
        return new CopyFuturesFollowerCloseRequest(productType, Require.text(trackingNo, "trackingNo"), null, null, null, null, Map.of());
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
        private @Nullable CopyProductType productType;
        private @Nullable String trackingNo;
        private @Nullable String symbol;
        private @Nullable String marginCoin;
        private @Nullable CopyMarginMode marginMode;
        private @Nullable FuturesHoldSide holdSide;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
         * Sets {@code trackingNo}: must match the other filters when they are set (optional, sent as {@code trackingNo}). Checked by {@link #build()}.
         *
         * @param trackingNo the value, or null to leave it unset
         * @return this builder
         */
        public Builder trackingNo(@Nullable String trackingNo) {
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
         * Sets {@code marginCoin}: margin coin, e.g. USDT (optional, sent as {@code marginCoin}). Checked by {@link #build()}.
         *
         * @param marginCoin the value, or null to leave it unset
         * @return this builder
         */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /**
         * Sets {@code marginMode}: margin mode, one of {@code isolated}, {@code cross} (optional, sent as {@code marginMode}). Checked by {@link #build()}.
         *
         * @param marginMode the value, or null to leave it unset
         * @return this builder
         */
        public Builder marginMode(@Nullable CopyMarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        /**
         * Sets {@code holdSide}: required in hedge mode, ignored in one-way mode (optional, sent as {@code holdSide}). Checked by {@link #build()}.
         *
         * @param holdSide the value, or null to leave it unset
         * @return this builder
         */
        public Builder holdSide(@Nullable FuturesHoldSide holdSide) {
            this.holdSide = holdSide;
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
        public CopyFuturesFollowerCloseRequest build() {
            return new CopyFuturesFollowerCloseRequest(productType, trackingNo, symbol, marginCoin, marginMode, holdSide, extraParams);
        }
    }
}
