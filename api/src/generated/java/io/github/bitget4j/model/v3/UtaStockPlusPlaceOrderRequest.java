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
 * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
 * @param orderType LO, MO, LIT, MIT, TSLPAMT or TSLPPCT (required, sent as {@code orderType})
 * @param side Buy or Sell (required, sent as {@code side})
 * @param submittedQuantity number of shares (required, greater than 0, sent as {@code submittedQuantity})
 * @param timeInForce Day, GoodTilCanceled or GoodTilDate (required, sent as {@code timeInForce})
 * @param submittedPrice limit price; needed by LO and LIT orders (optional, greater than 0, sent as {@code submittedPrice})
 * @param triggerPrice trigger price; needed by LIT and MIT orders (optional, greater than 0, sent as {@code triggerPrice})
 * @param limitOffset trailing orders: offset of the limit price from the trigger (optional, sent as {@code limitOffset})
 * @param trailingAmount TSLPAMT: the trailing amount (optional, greater than 0, sent as {@code trailingAmount})
 * @param trailingPercent TSLPPCT: the trailing percentage (optional, greater than 0, sent as {@code trailingPercent})
 * @param expireDate last day of a GoodTilDate order, as Bitget expects it (optional, sent as {@code expireDate})
 * @param outsideRth sessions the order may fill in (optional, sent as {@code outsideRth})
 * @param limitDepthLevel book level the limit price follows, as Bitget documents it (optional, sent as {@code limitDepthLevel})
 * @param triggerCount how many times the trigger must be hit (optional, sent as {@code triggerCount})
 * @param monitorPrice price watched by conditional orders (optional, greater than 0, sent as {@code monitorPrice})
 * @param remark your note for the order (optional, sent as {@code remark})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
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

    /**
     * Without extra parameters.
     *
     * @param symbol e.g. AAPL.US (required, sent as {@code symbol})
     * @param orderType LO, MO, LIT, MIT, TSLPAMT or TSLPPCT (required, sent as {@code orderType})
     * @param side Buy or Sell (required, sent as {@code side})
     * @param submittedQuantity number of shares (required, greater than 0, sent as {@code submittedQuantity})
     * @param timeInForce Day, GoodTilCanceled or GoodTilDate (required, sent as {@code timeInForce})
     * @param submittedPrice limit price; needed by LO and LIT orders (optional, greater than 0, sent as {@code submittedPrice})
     * @param triggerPrice trigger price; needed by LIT and MIT orders (optional, greater than 0, sent as {@code triggerPrice})
     * @param limitOffset trailing orders: offset of the limit price from the trigger (optional, sent as {@code limitOffset})
     * @param trailingAmount TSLPAMT: the trailing amount (optional, greater than 0, sent as {@code trailingAmount})
     * @param trailingPercent TSLPPCT: the trailing percentage (optional, greater than 0, sent as {@code trailingPercent})
     * @param expireDate last day of a GoodTilDate order, as Bitget expects it (optional, sent as {@code expireDate})
     * @param outsideRth sessions the order may fill in (optional, sent as {@code outsideRth})
     * @param limitDepthLevel book level the limit price follows, as Bitget documents it (optional, sent as {@code limitDepthLevel})
     * @param triggerCount how many times the trigger must be hit (optional, sent as {@code triggerCount})
     * @param monitorPrice price watched by conditional orders (optional, greater than 0, sent as {@code monitorPrice})
     * @param remark your note for the order (optional, sent as {@code remark})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaStockPlusPlaceOrderRequest(String symbol, UtaStockPlusOrderType orderType, UtaStockPlusSide side, BigDecimal submittedQuantity, UtaStockPlusTimeInForce timeInForce, @Nullable BigDecimal submittedPrice, @Nullable BigDecimal triggerPrice, @Nullable BigDecimal limitOffset, @Nullable BigDecimal trailingAmount, @Nullable BigDecimal trailingPercent, @Nullable String expireDate, @Nullable UtaStockPlusOutsideRth outsideRth, @Nullable Integer limitDepthLevel, @Nullable Integer triggerCount, @Nullable BigDecimal monitorPrice, @Nullable String remark) {
        this(symbol, orderType, side, submittedQuantity, timeInForce, submittedPrice, triggerPrice, limitOffset, trailingAmount, trailingPercent, expireDate, outsideRth, limitDepthLevel, triggerCount, monitorPrice, remark, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaStockPlusPlaceOrderRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusPlaceOrderRequest(symbol, orderType, side, submittedQuantity, timeInForce, submittedPrice, triggerPrice, limitOffset, trailingAmount, trailingPercent, expireDate, outsideRth, limitDepthLevel, triggerCount, monitorPrice, remark, Require.withExtra(extraParams, name, value));
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

        /**
         * Sets {@code symbol}: e.g. AAPL.US (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code orderType}: LO, MO, LIT, MIT, TSLPAMT or TSLPPCT (required, sent as {@code orderType}). Checked by {@link #build()}.
         *
         * @param orderType the value
         * @return this builder
         */
        public Builder orderType(UtaStockPlusOrderType orderType) {
            this.orderType = orderType;
            return this;
        }

        /**
         * Sets {@code side}: Buy or Sell (required, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value
         * @return this builder
         */
        public Builder side(UtaStockPlusSide side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code submittedQuantity}: number of shares (required, greater than 0, sent as {@code submittedQuantity}). Checked by {@link #build()}.
         *
         * @param submittedQuantity the value
         * @return this builder
         */
        public Builder submittedQuantity(BigDecimal submittedQuantity) {
            this.submittedQuantity = submittedQuantity;
            return this;
        }

        /**
         * Sets {@code timeInForce}: Day, GoodTilCanceled or GoodTilDate (required, sent as {@code timeInForce}). Checked by {@link #build()}.
         *
         * @param timeInForce the value
         * @return this builder
         */
        public Builder timeInForce(UtaStockPlusTimeInForce timeInForce) {
            this.timeInForce = timeInForce;
            return this;
        }

        /**
         * Sets {@code submittedPrice}: limit price; needed by LO and LIT orders (optional, greater than 0, sent as {@code submittedPrice}). Checked by {@link #build()}.
         *
         * @param submittedPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder submittedPrice(@Nullable BigDecimal submittedPrice) {
            this.submittedPrice = submittedPrice;
            return this;
        }

        /**
         * Sets {@code triggerPrice}: trigger price; needed by LIT and MIT orders (optional, greater than 0, sent as {@code triggerPrice}). Checked by {@link #build()}.
         *
         * @param triggerPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerPrice(@Nullable BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /**
         * Sets {@code limitOffset}: trailing orders: offset of the limit price from the trigger (optional, sent as {@code limitOffset}). Checked by {@link #build()}.
         *
         * @param limitOffset the value, or null to leave it unset
         * @return this builder
         */
        public Builder limitOffset(@Nullable BigDecimal limitOffset) {
            this.limitOffset = limitOffset;
            return this;
        }

        /**
         * Sets {@code trailingAmount}: TSLPAMT: the trailing amount (optional, greater than 0, sent as {@code trailingAmount}). Checked by {@link #build()}.
         *
         * @param trailingAmount the value, or null to leave it unset
         * @return this builder
         */
        public Builder trailingAmount(@Nullable BigDecimal trailingAmount) {
            this.trailingAmount = trailingAmount;
            return this;
        }

        /**
         * Sets {@code trailingPercent}: TSLPPCT: the trailing percentage (optional, greater than 0, sent as {@code trailingPercent}). Checked by {@link #build()}.
         *
         * @param trailingPercent the value, or null to leave it unset
         * @return this builder
         */
        public Builder trailingPercent(@Nullable BigDecimal trailingPercent) {
            this.trailingPercent = trailingPercent;
            return this;
        }

        /**
         * Sets {@code expireDate}: last day of a GoodTilDate order, as Bitget expects it (optional, sent as {@code expireDate}). Checked by {@link #build()}.
         *
         * @param expireDate the value, or null to leave it unset
         * @return this builder
         */
        public Builder expireDate(@Nullable String expireDate) {
            this.expireDate = expireDate;
            return this;
        }

        /**
         * Sets {@code outsideRth}: sessions the order may fill in (optional, sent as {@code outsideRth}). Checked by {@link #build()}.
         *
         * @param outsideRth the value, or null to leave it unset
         * @return this builder
         */
        public Builder outsideRth(@Nullable UtaStockPlusOutsideRth outsideRth) {
            this.outsideRth = outsideRth;
            return this;
        }

        /**
         * Sets {@code limitDepthLevel}: book level the limit price follows, as Bitget documents it (optional, sent as {@code limitDepthLevel}). Checked by {@link #build()}.
         *
         * @param limitDepthLevel the value, or null to leave it unset
         * @return this builder
         */
        public Builder limitDepthLevel(@Nullable Integer limitDepthLevel) {
            this.limitDepthLevel = limitDepthLevel;
            return this;
        }

        /**
         * Sets {@code triggerCount}: how many times the trigger must be hit (optional, sent as {@code triggerCount}). Checked by {@link #build()}.
         *
         * @param triggerCount the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerCount(@Nullable Integer triggerCount) {
            this.triggerCount = triggerCount;
            return this;
        }

        /**
         * Sets {@code monitorPrice}: price watched by conditional orders (optional, greater than 0, sent as {@code monitorPrice}). Checked by {@link #build()}.
         *
         * @param monitorPrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder monitorPrice(@Nullable BigDecimal monitorPrice) {
            this.monitorPrice = monitorPrice;
            return this;
        }

        /**
         * Sets {@code remark}: your note for the order (optional, sent as {@code remark}). Checked by {@link #build()}.
         *
         * @param remark the value, or null to leave it unset
         * @return this builder
         */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
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
        public UtaStockPlusPlaceOrderRequest build() {
            return new UtaStockPlusPlaceOrderRequest(symbol, orderType, side, submittedQuantity, timeInForce, submittedPrice, triggerPrice, limitOffset, trailingAmount, trailingPercent, expireDate, outsideRth, limitDepthLevel, triggerCount, monitorPrice, remark, extraParams);
        }
    }
}
