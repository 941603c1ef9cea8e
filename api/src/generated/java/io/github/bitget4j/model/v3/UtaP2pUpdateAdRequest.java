// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Changes one P2P ad. Build it with {@link #builder()}.
 *
 * @param advId required; the ad id.
 * @param priceType optional; fixed or floating.
 * @param price optional; unit price; required when priceType is fixed.
 * @param premium optional; premium rate; required when priceType is floating.
 * @param minAmount optional; smallest order, in the fiat.
 * @param maxAmount optional; largest order, in the fiat.
 * @param quantity optional; total coin quantity offered.
 * @param payMethodIds optional; accepted payment methods.
 * @param payTimeLimit optional; minutes the buyer has to pay (Bitget's table marks it required).
 * @param remark optional; remarks shown with the ad.
 * @param tradeTerms optional; trading terms.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pUpdateAdRequest(
        String advId,
        @Nullable UtaP2pPriceType priceType,
        @Nullable BigDecimal price,
        @Nullable BigDecimal premium,
        @Nullable BigDecimal minAmount,
        @Nullable BigDecimal maxAmount,
        @Nullable BigDecimal quantity,
        @Nullable List<UtaP2pPayMethodRef> payMethodIds,
        @Nullable Integer payTimeLimit,
        @Nullable String remark,
        @Nullable String tradeTerms,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("advId", "priceType", "price", "premium", "minAmount", "maxAmount", "quantity", "payMethodIds", "payTimeLimit", "remark", "tradeTerms");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaP2pUpdateAdRequest {
        Require.text(advId, "advId");
        Require.knownIfPresent(priceType, "priceType");
        Require.positiveIfPresent(price, "price");
        Require.positiveIfPresent(minAmount, "minAmount");
        Require.positiveIfPresent(maxAmount, "maxAmount");
        Require.positiveIfPresent(quantity, "quantity");
        payMethodIds = Require.listIfPresent(payMethodIds, "payMethodIds");
        Require.positiveIfPresent(payTimeLimit, "payTimeLimit");
        Require.requiredWhen(priceType == UtaP2pPriceType.FIXED, price, "price is required when priceType is fixed");
        Require.requiredWhen(priceType == UtaP2pPriceType.FLOATING, premium, "premium is required when priceType is floating");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaP2pUpdateAdRequest(String advId, @Nullable UtaP2pPriceType priceType, @Nullable BigDecimal price, @Nullable BigDecimal premium, @Nullable BigDecimal minAmount, @Nullable BigDecimal maxAmount, @Nullable BigDecimal quantity, @Nullable List<UtaP2pPayMethodRef> payMethodIds, @Nullable Integer payTimeLimit, @Nullable String remark, @Nullable String tradeTerms) {
        this(advId, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, payTimeLimit, remark, tradeTerms, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaP2pUpdateAdRequest withExtraParam(String name, Object value) {
        return new UtaP2pUpdateAdRequest(advId, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, payTimeLimit, remark, tradeTerms, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String advId;
        private @Nullable UtaP2pPriceType priceType;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal premium;
        private @Nullable BigDecimal minAmount;
        private @Nullable BigDecimal maxAmount;
        private @Nullable BigDecimal quantity;
        private @Nullable List<UtaP2pPayMethodRef> payMethodIds;
        private @Nullable Integer payTimeLimit;
        private @Nullable String remark;
        private @Nullable String tradeTerms;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the ad id. Required. */
        public Builder advId(String advId) {
            this.advId = advId;
            return this;
        }

        /** fixed or floating. Optional. */
        public Builder priceType(@Nullable UtaP2pPriceType priceType) {
            this.priceType = priceType;
            return this;
        }

        /** unit price; required when priceType is fixed. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** premium rate; required when priceType is floating. Optional. */
        public Builder premium(@Nullable BigDecimal premium) {
            this.premium = premium;
            return this;
        }

        /** smallest order, in the fiat. Optional. */
        public Builder minAmount(@Nullable BigDecimal minAmount) {
            this.minAmount = minAmount;
            return this;
        }

        /** largest order, in the fiat. Optional. */
        public Builder maxAmount(@Nullable BigDecimal maxAmount) {
            this.maxAmount = maxAmount;
            return this;
        }

        /** total coin quantity offered. Optional. */
        public Builder quantity(@Nullable BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** accepted payment methods. Optional. */
        public Builder payMethodIds(@Nullable List<UtaP2pPayMethodRef> payMethodIds) {
            this.payMethodIds = payMethodIds;
            return this;
        }

        /** minutes the buyer has to pay (Bitget's table marks it required). Optional. */
        public Builder payTimeLimit(@Nullable Integer payTimeLimit) {
            this.payTimeLimit = payTimeLimit;
            return this;
        }

        /** remarks shown with the ad. Optional. */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
            return this;
        }

        /** trading terms. Optional. */
        public Builder tradeTerms(@Nullable String tradeTerms) {
            this.tradeTerms = tradeTerms;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaP2pUpdateAdRequest build() {
            return new UtaP2pUpdateAdRequest(advId, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, payTimeLimit, remark, tradeTerms, extraParams);
        }
    }
}
