// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new Stock+ order. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. AAPL.US.
 * @param orderType required; LO, MO, LIT, MIT, TSLPAMT or TSLPPCT.
 * @param side required; Buy or Sell.
 * @param submittedQuantity required; number of shares.
 * @param timeInForce required; Day, GoodTilCanceled or GoodTilDate.
 * @param submittedPrice optional; limit price; needed by LO and LIT orders.
 * @param triggerPrice optional; trigger price; needed by LIT and MIT orders.
 * @param limitOffset optional; trailing orders: offset of the limit price from the trigger.
 * @param trailingAmount optional; TSLPAMT: the trailing amount.
 * @param trailingPercent optional; TSLPPCT: the trailing percentage.
 * @param expireDate optional; last day of a GoodTilDate order, as Bitget expects it.
 * @param outsideRth optional; sessions the order may fill in.
 * @param limitDepthLevel optional; book level the limit price follows, as Bitget documents it.
 * @param triggerCount optional; how many times the trigger must be hit.
 * @param monitorPrice optional; price watched by conditional orders.
 * @param remark optional; your note for the order.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusPlaceOrderRequest(
        String symbol,
        UtaStockPlusOrderType orderType,
        UtaStockPlusSide side,
        BigDecimal submittedQuantity,
        UtaStockPlusTimeInForce timeInForce,
        @Nullable BigDecimal submittedPrice,
        @Nullable BigDecimal triggerPrice,
        @Nullable BigDecimal limitOffset,
        @Nullable BigDecimal trailingAmount,
        @Nullable BigDecimal trailingPercent,
        @Nullable String expireDate,
        @Nullable UtaStockPlusOutsideRth outsideRth,
        @Nullable Integer limitDepthLevel,
        @Nullable Integer triggerCount,
        @Nullable BigDecimal monitorPrice,
        @Nullable String remark,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "orderType", "side", "submittedQuantity", "timeInForce", "submittedPrice", "triggerPrice", "limitOffset", "trailingAmount", "trailingPercent", "expireDate", "outsideRth", "limitDepthLevel", "triggerCount", "monitorPrice", "remark");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusPlaceOrderRequest {
        Require.text(symbol, "symbol");
        Require.known(orderType, "orderType");
        Require.known(side, "side");
        Require.present(submittedQuantity, "submittedQuantity");
        Require.positiveIfPresent(submittedQuantity, "submittedQuantity");
        Require.known(timeInForce, "timeInForce");
        Require.positiveIfPresent(submittedPrice, "submittedPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(trailingAmount, "trailingAmount");
        Require.positiveIfPresent(trailingPercent, "trailingPercent");
        Require.knownIfPresent(outsideRth, "outsideRth");
        Require.positiveIfPresent(monitorPrice, "monitorPrice");
        Require.requiredWhen(orderType == UtaStockPlusOrderType.LO, submittedPrice, "submittedPrice is required when orderType is LO");
        Require.requiredWhen(orderType == UtaStockPlusOrderType.LIT, submittedPrice, "submittedPrice is required when orderType is LIT");
        Require.requiredWhen(orderType == UtaStockPlusOrderType.LIT, triggerPrice, "triggerPrice is required when orderType is LIT");
        Require.requiredWhen(orderType == UtaStockPlusOrderType.MIT, triggerPrice, "triggerPrice is required when orderType is MIT");
        Require.requiredWhen(orderType == UtaStockPlusOrderType.TSLPAMT, trailingAmount, "trailingAmount is required when orderType is TSLPAMT");
        Require.requiredWhen(orderType == UtaStockPlusOrderType.TSLPPCT, trailingPercent, "trailingPercent is required when orderType is TSLPPCT");
        Require.requiredWhen(timeInForce == UtaStockPlusTimeInForce.GOOD_TIL_DATE, expireDate, "expireDate is required when timeInForce is GoodTilDate");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusPlaceOrderRequest(String symbol, UtaStockPlusOrderType orderType, UtaStockPlusSide side, BigDecimal submittedQuantity, UtaStockPlusTimeInForce timeInForce, @Nullable BigDecimal submittedPrice, @Nullable BigDecimal triggerPrice, @Nullable BigDecimal limitOffset, @Nullable BigDecimal trailingAmount, @Nullable BigDecimal trailingPercent, @Nullable String expireDate, @Nullable UtaStockPlusOutsideRth outsideRth, @Nullable Integer limitDepthLevel, @Nullable Integer triggerCount, @Nullable BigDecimal monitorPrice, @Nullable String remark) {
        this(symbol, orderType, side, submittedQuantity, timeInForce, submittedPrice, triggerPrice, limitOffset, trailingAmount, trailingPercent, expireDate, outsideRth, limitDepthLevel, triggerCount, monitorPrice, remark, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusPlaceOrderRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusPlaceOrderRequest(symbol, orderType, side, submittedQuantity, timeInForce, submittedPrice, triggerPrice, limitOffset, trailingAmount, trailingPercent, expireDate, outsideRth, limitDepthLevel, triggerCount, monitorPrice, remark, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable UtaStockPlusOrderType orderType;
        private @Nullable UtaStockPlusSide side;
        private @Nullable BigDecimal submittedQuantity;
        private @Nullable UtaStockPlusTimeInForce timeInForce;
        private @Nullable BigDecimal submittedPrice;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable BigDecimal limitOffset;
        private @Nullable BigDecimal trailingAmount;
        private @Nullable BigDecimal trailingPercent;
        private @Nullable String expireDate;
        private @Nullable UtaStockPlusOutsideRth outsideRth;
        private @Nullable Integer limitDepthLevel;
        private @Nullable Integer triggerCount;
        private @Nullable BigDecimal monitorPrice;
        private @Nullable String remark;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. AAPL.US. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** LO, MO, LIT, MIT, TSLPAMT or TSLPPCT. Required. */
        public Builder orderType(UtaStockPlusOrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /** Buy or Sell. Required. */
        public Builder side(UtaStockPlusSide side) {
            this.side = side;
            return this;
        }

        /** number of shares. Required. */
        public Builder submittedQuantity(BigDecimal submittedQuantity) {
            this.submittedQuantity = submittedQuantity;
            return this;
        }

        /** Day, GoodTilCanceled or GoodTilDate. Required. */
        public Builder timeInForce(UtaStockPlusTimeInForce timeInForce) {
            this.timeInForce = timeInForce;
            return this;
        }

        /** limit price; needed by LO and LIT orders. Optional. */
        public Builder submittedPrice(@Nullable BigDecimal submittedPrice) {
            this.submittedPrice = submittedPrice;
            return this;
        }

        /** trigger price; needed by LIT and MIT orders. Optional. */
        public Builder triggerPrice(@Nullable BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /** trailing orders: offset of the limit price from the trigger. Optional. */
        public Builder limitOffset(@Nullable BigDecimal limitOffset) {
            this.limitOffset = limitOffset;
            return this;
        }

        /** TSLPAMT: the trailing amount. Optional. */
        public Builder trailingAmount(@Nullable BigDecimal trailingAmount) {
            this.trailingAmount = trailingAmount;
            return this;
        }

        /** TSLPPCT: the trailing percentage. Optional. */
        public Builder trailingPercent(@Nullable BigDecimal trailingPercent) {
            this.trailingPercent = trailingPercent;
            return this;
        }

        /** last day of a GoodTilDate order, as Bitget expects it. Optional. */
        public Builder expireDate(@Nullable String expireDate) {
            this.expireDate = expireDate;
            return this;
        }

        /** sessions the order may fill in. Optional. */
        public Builder outsideRth(@Nullable UtaStockPlusOutsideRth outsideRth) {
            this.outsideRth = outsideRth;
            return this;
        }

        /** book level the limit price follows, as Bitget documents it. Optional. */
        public Builder limitDepthLevel(@Nullable Integer limitDepthLevel) {
            this.limitDepthLevel = limitDepthLevel;
            return this;
        }

        /** how many times the trigger must be hit. Optional. */
        public Builder triggerCount(@Nullable Integer triggerCount) {
            this.triggerCount = triggerCount;
            return this;
        }

        /** price watched by conditional orders. Optional. */
        public Builder monitorPrice(@Nullable BigDecimal monitorPrice) {
            this.monitorPrice = monitorPrice;
            return this;
        }

        /** your note for the order. Optional. */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaStockPlusPlaceOrderRequest build() {
            return new UtaStockPlusPlaceOrderRequest(symbol, orderType, side, submittedQuantity, timeInForce, submittedPrice, triggerPrice, limitOffset, trailingAmount, trailingPercent, expireDate, outsideRth, limitDepthLevel, triggerCount, monitorPrice, remark, extraParams);
        }
    }
}
