// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.StpMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginCoin required
 * @param productType required
 * @param symbol required
 * @param stopSurplusTriggerPrice optional
 * @param stopSurplusSize optional; set: partial take profit; absent: whole position.
 * @param stopSurplusTriggerType optional
 * @param stopSurplusExecutePrice optional; 0 or absent: market.
 * @param stopLossTriggerPrice optional
 * @param stopLossSize optional; set: partial stop loss; absent: whole position.
 * @param stopLossTriggerType optional
 * @param stopLossExecutePrice optional; 0 or absent: market.
 * @param holdSide required
 * @param stpMode optional
 * @param stopSurplusClientOid optional
 * @param stopLossClientOid optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesPositionTpslRequest(
        String marginCoin,
        ProductType productType,
        String symbol,
        @Nullable BigDecimal stopSurplusTriggerPrice,
        @Nullable BigDecimal stopSurplusSize,
        @Nullable FuturesTriggerType stopSurplusTriggerType,
        @Nullable BigDecimal stopSurplusExecutePrice,
        @Nullable BigDecimal stopLossTriggerPrice,
        @Nullable BigDecimal stopLossSize,
        @Nullable FuturesTriggerType stopLossTriggerType,
        @Nullable BigDecimal stopLossExecutePrice,
        FuturesTpslHoldSide holdSide,
        @Nullable StpMode stpMode,
        @Nullable String stopSurplusClientOid,
        @Nullable String stopLossClientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginCoin", "productType", "symbol", "stopSurplusTriggerPrice", "stopSurplusSize", "stopSurplusTriggerType", "stopSurplusExecutePrice", "stopLossTriggerPrice", "stopLossSize", "stopLossTriggerType", "stopLossExecutePrice", "holdSide", "stpMode", "stopSurplusClientOid", "stopLossClientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesPositionTpslRequest {
        Require.text(marginCoin, "marginCoin");
        Require.known(productType, "productType");
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(stopSurplusTriggerPrice, "stopSurplusTriggerPrice");
        Require.positiveIfPresent(stopSurplusSize, "stopSurplusSize");
        Require.knownIfPresent(stopSurplusTriggerType, "stopSurplusTriggerType");
        Require.atLeast(stopSurplusExecutePrice, "stopSurplusExecutePrice", "0");
        Require.positiveIfPresent(stopLossTriggerPrice, "stopLossTriggerPrice");
        Require.positiveIfPresent(stopLossSize, "stopLossSize");
        Require.knownIfPresent(stopLossTriggerType, "stopLossTriggerType");
        Require.atLeast(stopLossExecutePrice, "stopLossExecutePrice", "0");
        Require.known(holdSide, "holdSide");
        Require.knownIfPresent(stpMode, "stpMode");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesPositionTpslRequest(String marginCoin, ProductType productType, String symbol, @Nullable BigDecimal stopSurplusTriggerPrice, @Nullable BigDecimal stopSurplusSize, @Nullable FuturesTriggerType stopSurplusTriggerType, @Nullable BigDecimal stopSurplusExecutePrice, @Nullable BigDecimal stopLossTriggerPrice, @Nullable BigDecimal stopLossSize, @Nullable FuturesTriggerType stopLossTriggerType, @Nullable BigDecimal stopLossExecutePrice, FuturesTpslHoldSide holdSide, @Nullable StpMode stpMode, @Nullable String stopSurplusClientOid, @Nullable String stopLossClientOid) {
        this(marginCoin, productType, symbol, stopSurplusTriggerPrice, stopSurplusSize, stopSurplusTriggerType, stopSurplusExecutePrice, stopLossTriggerPrice, stopLossSize, stopLossTriggerType, stopLossExecutePrice, holdSide, stpMode, stopSurplusClientOid, stopLossClientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesPositionTpslRequest withExtraParam(String name, Object value) {
        return new FuturesPositionTpslRequest(marginCoin, productType, symbol, stopSurplusTriggerPrice, stopSurplusSize, stopSurplusTriggerType, stopSurplusExecutePrice, stopLossTriggerPrice, stopLossSize, stopLossTriggerType, stopLossExecutePrice, holdSide, stpMode, stopSurplusClientOid, stopLossClientOid, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String marginCoin;
        private @Nullable ProductType productType;
        private @Nullable String symbol;
        private @Nullable BigDecimal stopSurplusTriggerPrice;
        private @Nullable BigDecimal stopSurplusSize;
        private @Nullable FuturesTriggerType stopSurplusTriggerType;
        private @Nullable BigDecimal stopSurplusExecutePrice;
        private @Nullable BigDecimal stopLossTriggerPrice;
        private @Nullable BigDecimal stopLossSize;
        private @Nullable FuturesTriggerType stopLossTriggerType;
        private @Nullable BigDecimal stopLossExecutePrice;
        private @Nullable FuturesTpslHoldSide holdSide;
        private @Nullable StpMode stpMode;
        private @Nullable String stopSurplusClientOid;
        private @Nullable String stopLossClientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets marginCoin. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets stopSurplusTriggerPrice. Optional. */
        public Builder stopSurplusTriggerPrice(@Nullable BigDecimal stopSurplusTriggerPrice) {
            this.stopSurplusTriggerPrice = stopSurplusTriggerPrice;
            return this;
        }

        /** set: partial take profit; absent: whole position. Optional. */
        public Builder stopSurplusSize(@Nullable BigDecimal stopSurplusSize) {
            this.stopSurplusSize = stopSurplusSize;
            return this;
        }

        /** Sets stopSurplusTriggerType. Optional. */
        public Builder stopSurplusTriggerType(@Nullable FuturesTriggerType stopSurplusTriggerType) {
            this.stopSurplusTriggerType = stopSurplusTriggerType;
            return this;
        }

        /** 0 or absent: market. Optional. */
        public Builder stopSurplusExecutePrice(@Nullable BigDecimal stopSurplusExecutePrice) {
            this.stopSurplusExecutePrice = stopSurplusExecutePrice;
            return this;
        }

        /** Sets stopLossTriggerPrice. Optional. */
        public Builder stopLossTriggerPrice(@Nullable BigDecimal stopLossTriggerPrice) {
            this.stopLossTriggerPrice = stopLossTriggerPrice;
            return this;
        }

        /** set: partial stop loss; absent: whole position. Optional. */
        public Builder stopLossSize(@Nullable BigDecimal stopLossSize) {
            this.stopLossSize = stopLossSize;
            return this;
        }

        /** Sets stopLossTriggerType. Optional. */
        public Builder stopLossTriggerType(@Nullable FuturesTriggerType stopLossTriggerType) {
            this.stopLossTriggerType = stopLossTriggerType;
            return this;
        }

        /** 0 or absent: market. Optional. */
        public Builder stopLossExecutePrice(@Nullable BigDecimal stopLossExecutePrice) {
            this.stopLossExecutePrice = stopLossExecutePrice;
            return this;
        }

        /** Sets holdSide. Required. */
        public Builder holdSide(FuturesTpslHoldSide holdSide) {
            this.holdSide = holdSide;
            return this;
        }

        /** Sets stpMode. Optional. */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
            return this;
        }

        /** Sets stopSurplusClientOid. Optional. */
        public Builder stopSurplusClientOid(@Nullable String stopSurplusClientOid) {
            this.stopSurplusClientOid = stopSurplusClientOid;
            return this;
        }

        /** Sets stopLossClientOid. Optional. */
        public Builder stopLossClientOid(@Nullable String stopLossClientOid) {
            this.stopLossClientOid = stopLossClientOid;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesPositionTpslRequest build() {
            return new FuturesPositionTpslRequest(marginCoin, productType, symbol, stopSurplusTriggerPrice, stopSurplusSize, stopSurplusTriggerType, stopSurplusExecutePrice, stopLossTriggerPrice, stopLossSize, stopLossTriggerType, stopLossExecutePrice, holdSide, stpMode, stopSurplusClientOid, stopLossClientOid, extraParams);
        }
    }
}
