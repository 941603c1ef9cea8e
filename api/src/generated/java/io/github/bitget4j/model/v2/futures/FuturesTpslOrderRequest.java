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
 * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param planType plan type, one of {@code profit_plan}, {@code loss_plan}, {@code moving_plan}, {@code pos_profit}, {@code pos_loss} (required, sent as {@code planType})
 * @param triggerPrice trigger price, decimal (required, greater than 0, sent as {@code triggerPrice})
 * @param triggerType trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code triggerType})
 * @param executePrice 0 or absent: market; not allowed for moving_plan (optional, 0 or more, sent as {@code executePrice})
 * @param holdSide hold side, one of {@code long}, {@code short}, {@code buy}, {@code sell} (required, sent as {@code holdSide})
 * @param size required for profit_plan, loss_plan and moving_plan (optional, greater than 0, sent as {@code size})
 * @param rangeRate callback rate, moving_plan only (optional, greater than 0, sent as {@code rangeRate})
 * @param clientOid your own order ID (optional, sent as {@code clientOid})
 * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesTpslOrderRequest(
        String marginCoin,
        ProductType productType,
        String symbol,
        FuturesTpslPlanType planType,
        BigDecimal triggerPrice,
        @Nullable FuturesTriggerType triggerType,
        @Nullable BigDecimal executePrice,
        FuturesTpslHoldSide holdSide,
        @Nullable BigDecimal size,
        @Nullable BigDecimal rangeRate,
        @Nullable String clientOid,
        @Nullable StpMode stpMode,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginCoin", "productType", "symbol", "planType", "triggerPrice", "triggerType", "executePrice", "holdSide", "size", "rangeRate", "clientOid", "stpMode");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesTpslOrderRequest {
        Require.text(marginCoin, "marginCoin");
        Require.known(productType, "productType");
        Require.text(symbol, "symbol");
        Require.known(planType, "planType");
        Require.present(triggerPrice, "triggerPrice");
        Require.positiveIfPresent(triggerPrice, "triggerPrice");
        Require.knownIfPresent(triggerType, "triggerType");
        Require.atLeast(executePrice, "executePrice", "0");
        Require.known(holdSide, "holdSide");
        Require.positiveIfPresent(size, "size");
        Require.positiveIfPresent(rangeRate, "rangeRate");
        Require.knownIfPresent(stpMode, "stpMode");
        Require.requiredWhen(planType == FuturesTpslPlanType.PROFIT_PLAN, size, "size is required when planType is profit_plan");
        Require.requiredWhen(planType == FuturesTpslPlanType.LOSS_PLAN, size, "size is required when planType is loss_plan");
        Require.requiredWhen(planType == FuturesTpslPlanType.MOVING_PLAN, size, "size is required when planType is moving_plan");
        Require.requiredWhen(planType == FuturesTpslPlanType.MOVING_PLAN, rangeRate, "rangeRate is required when planType is moving_plan");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginCoin margin coin, e.g. USDT (required, sent as {@code marginCoin})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType})
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param planType plan type, one of {@code profit_plan}, {@code loss_plan}, {@code moving_plan}, {@code pos_profit}, {@code pos_loss} (required, sent as {@code planType})
     * @param triggerPrice trigger price, decimal (required, greater than 0, sent as {@code triggerPrice})
     * @param triggerType trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code triggerType})
     * @param executePrice 0 or absent: market; not allowed for moving_plan (optional, 0 or more, sent as {@code executePrice})
     * @param holdSide hold side, one of {@code long}, {@code short}, {@code buy}, {@code sell} (required, sent as {@code holdSide})
     * @param size required for profit_plan, loss_plan and moving_plan (optional, greater than 0, sent as {@code size})
     * @param rangeRate callback rate, moving_plan only (optional, greater than 0, sent as {@code rangeRate})
     * @param clientOid your own order ID (optional, sent as {@code clientOid})
     * @param stpMode stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public FuturesTpslOrderRequest(String marginCoin, ProductType productType, String symbol, FuturesTpslPlanType planType, BigDecimal triggerPrice, @Nullable FuturesTriggerType triggerType, @Nullable BigDecimal executePrice, FuturesTpslHoldSide holdSide, @Nullable BigDecimal size, @Nullable BigDecimal rangeRate, @Nullable String clientOid, @Nullable StpMode stpMode) {
        this(marginCoin, productType, symbol, planType, triggerPrice, triggerType, executePrice, holdSide, size, rangeRate, clientOid, stpMode, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public FuturesTpslOrderRequest withExtraParam(String name, Object value) {
        return new FuturesTpslOrderRequest(marginCoin, productType, symbol, planType, triggerPrice, triggerType, executePrice, holdSide, size, rangeRate, clientOid, stpMode, Require.withExtra(extraParams, name, value));
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
        private @Nullable String marginCoin;
        private @Nullable ProductType productType;
        private @Nullable String symbol;
        private @Nullable FuturesTpslPlanType planType;
        private @Nullable BigDecimal triggerPrice;
        private @Nullable FuturesTriggerType triggerType;
        private @Nullable BigDecimal executePrice;
        private @Nullable FuturesTpslHoldSide holdSide;
        private @Nullable BigDecimal size;
        private @Nullable BigDecimal rangeRate;
        private @Nullable String clientOid;
        private @Nullable StpMode stpMode;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code marginCoin}: margin coin, e.g. USDT (required, sent as {@code marginCoin}). Checked by {@link #build()}.
         *
         * @param marginCoin the value
         * @return this builder
         */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /**
         * Sets {@code productType}: futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES}, {@code SUSDT-FUTURES}, {@code SCOIN-FUTURES}, {@code SUSDC-FUTURES} (required, sent as {@code productType}). Checked by {@link #build()}.
         *
         * @param productType the value
         * @return this builder
         */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
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
         * Sets {@code planType}: plan type, one of {@code profit_plan}, {@code loss_plan}, {@code moving_plan}, {@code pos_profit}, {@code pos_loss} (required, sent as {@code planType}). Checked by {@link #build()}.
         *
         * @param planType the value
         * @return this builder
         */
        public Builder planType(FuturesTpslPlanType planType) {
            this.planType = planType;
            return this;
        }

        /**
         * Sets {@code triggerPrice}: trigger price, decimal (required, greater than 0, sent as {@code triggerPrice}). Checked by {@link #build()}.
         *
         * @param triggerPrice the value
         * @return this builder
         */
        public Builder triggerPrice(BigDecimal triggerPrice) {
            this.triggerPrice = triggerPrice;
            return this;
        }

        /**
         * Sets {@code triggerType}: trigger type, one of {@code fill_price}, {@code mark_price} (optional, sent as {@code triggerType}). Checked by {@link #build()}.
         *
         * @param triggerType the value, or null to leave it unset
         * @return this builder
         */
        public Builder triggerType(@Nullable FuturesTriggerType triggerType) {
            this.triggerType = triggerType;
            return this;
        }

        /**
         * Sets {@code executePrice}: 0 or absent: market; not allowed for moving_plan (optional, 0 or more, sent as {@code executePrice}). Checked by {@link #build()}.
         *
         * @param executePrice the value, or null to leave it unset
         * @return this builder
         */
        public Builder executePrice(@Nullable BigDecimal executePrice) {
            this.executePrice = executePrice;
            return this;
        }

        /**
         * Sets {@code holdSide}: hold side, one of {@code long}, {@code short}, {@code buy}, {@code sell} (required, sent as {@code holdSide}). Checked by {@link #build()}.
         *
         * @param holdSide the value
         * @return this builder
         */
        public Builder holdSide(FuturesTpslHoldSide holdSide) {
            this.holdSide = holdSide;
            return this;
        }

        /**
         * Sets {@code size}: required for profit_plan, loss_plan and moving_plan (optional, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value, or null to leave it unset
         * @return this builder
         */
        public Builder size(@Nullable BigDecimal size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code rangeRate}: callback rate, moving_plan only (optional, greater than 0, sent as {@code rangeRate}). Checked by {@link #build()}.
         *
         * @param rangeRate the value, or null to leave it unset
         * @return this builder
         */
        public Builder rangeRate(@Nullable BigDecimal rangeRate) {
            this.rangeRate = rangeRate;
            return this;
        }

        /**
         * Sets {@code clientOid}: your own order ID (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code stpMode}: stp mode, one of {@code none}, {@code cancel_taker}, {@code cancel_maker}, {@code cancel_both} (optional, sent as {@code stpMode}). Checked by {@link #build()}.
         *
         * @param stpMode the value, or null to leave it unset
         * @return this builder
         */
        public Builder stpMode(@Nullable StpMode stpMode) {
            this.stpMode = stpMode;
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
        public FuturesTpslOrderRequest build() {
            return new FuturesTpslOrderRequest(marginCoin, productType, symbol, planType, triggerPrice, triggerType, executePrice, holdSide, size, rangeRate, clientOid, stpMode, extraParams);
        }
    }
}
