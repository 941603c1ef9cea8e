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
 * @param productType required
 * @param trackingNo optional; must match the other filters when they are set.
 * @param symbol optional
 * @param marginCoin optional
 * @param marginMode optional
 * @param holdSide optional; required in hedge mode, ignored in one-way mode.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyFuturesFollowerCloseRequest {
        Require.known(productType, "productType");
        Require.knownIfPresent(marginMode, "marginMode");
        Require.knownIfPresent(holdSide, "holdSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyFuturesFollowerCloseRequest(CopyProductType productType, @Nullable String trackingNo, @Nullable String symbol, @Nullable String marginCoin, @Nullable CopyMarginMode marginMode, @Nullable FuturesHoldSide holdSide) {
        this(productType, trackingNo, symbol, marginCoin, marginMode, holdSide, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyFuturesFollowerCloseRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerCloseRequest(productType, trackingNo, symbol, marginCoin, marginMode, holdSide, Require.withExtra(extraParams, name, value));
    }

    /** Sets trackingNo, productType; the rest stay unset. */
    public static CopyFuturesFollowerCloseRequest byTrackingNo(String trackingNo, CopyProductType productType) {
        return new CopyFuturesFollowerCloseRequest(productType, Require.text(trackingNo, "trackingNo"), null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** Sets productType. Required. */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /** must match the other filters when they are set. Optional. */
        public Builder trackingNo(@Nullable String trackingNo) {
            this.trackingNo = trackingNo;
            return this;
        }

        /** Sets symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets marginCoin. Optional. */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** Sets marginMode. Optional. */
        public Builder marginMode(@Nullable CopyMarginMode marginMode) {
            this.marginMode = marginMode;
            return this;
        }

        /** required in hedge mode, ignored in one-way mode. Optional. */
        public Builder holdSide(@Nullable FuturesHoldSide holdSide) {
            this.holdSide = holdSide;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyFuturesFollowerCloseRequest build() {
            return new CopyFuturesFollowerCloseRequest(productType, trackingNo, symbol, marginCoin, marginMode, holdSide, extraParams);
        }
    }
}
