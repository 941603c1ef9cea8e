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
 * @param advId the ad id (required, sent as {@code advId})
 * @param priceType fixed or floating (optional, sent as {@code priceType})
 * @param price unit price; required when priceType is fixed (optional, greater than 0, sent as {@code price})
 * @param premium premium rate; required when priceType is floating (optional, sent as {@code premium})
 * @param minAmount smallest order, in the fiat (optional, greater than 0, sent as {@code minAmount})
 * @param maxAmount largest order, in the fiat (optional, greater than 0, sent as {@code maxAmount})
 * @param quantity total coin quantity offered (optional, greater than 0, sent as {@code quantity})
 * @param payMethodIds accepted payment methods (optional, sent as {@code payMethodIds})
 * @param payTimeLimit minutes the buyer has to pay (Bitget's table marks it required) (optional, greater than 0, sent as {@code payTimeLimit})
 * @param remark remarks shown with the ad (optional, sent as {@code remark})
 * @param tradeTerms trading terms (optional, sent as {@code tradeTerms})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
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

    /**
     * Without extra parameters.
     *
     * @param advId the ad id (required, sent as {@code advId})
     * @param priceType fixed or floating (optional, sent as {@code priceType})
     * @param price unit price; required when priceType is fixed (optional, greater than 0, sent as {@code price})
     * @param premium premium rate; required when priceType is floating (optional, sent as {@code premium})
     * @param minAmount smallest order, in the fiat (optional, greater than 0, sent as {@code minAmount})
     * @param maxAmount largest order, in the fiat (optional, greater than 0, sent as {@code maxAmount})
     * @param quantity total coin quantity offered (optional, greater than 0, sent as {@code quantity})
     * @param payMethodIds accepted payment methods (optional, sent as {@code payMethodIds})
     * @param payTimeLimit minutes the buyer has to pay (Bitget's table marks it required) (optional, greater than 0, sent as {@code payTimeLimit})
     * @param remark remarks shown with the ad (optional, sent as {@code remark})
     * @param tradeTerms trading terms (optional, sent as {@code tradeTerms})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pUpdateAdRequest(String advId, @Nullable UtaP2pPriceType priceType, @Nullable BigDecimal price, @Nullable BigDecimal premium, @Nullable BigDecimal minAmount, @Nullable BigDecimal maxAmount, @Nullable BigDecimal quantity, @Nullable List<UtaP2pPayMethodRef> payMethodIds, @Nullable Integer payTimeLimit, @Nullable String remark, @Nullable String tradeTerms) {
        this(advId, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, payTimeLimit, remark, tradeTerms, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaP2pUpdateAdRequest withExtraParam(String name, Object value) {
        return new UtaP2pUpdateAdRequest(advId, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, payTimeLimit, remark, tradeTerms, Require.withExtra(extraParams, name, value));
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

        /**
         * Sets {@code advId}: the ad id (required, sent as {@code advId}). Checked by {@link #build()}.
         *
         * @param advId the value
         * @return this builder
         */
        public Builder advId(String advId) {
            this.advId = advId;
            return this;
        }

        /**
         * Sets {@code priceType}: fixed or floating (optional, sent as {@code priceType}). Checked by {@link #build()}.
         *
         * @param priceType the value, or null to leave it unset
         * @return this builder
         */
        public Builder priceType(@Nullable UtaP2pPriceType priceType) {
            this.priceType = priceType;
            return this;
        }

        /**
         * Sets {@code price}: unit price; required when priceType is fixed (optional, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value, or null to leave it unset
         * @return this builder
         */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code premium}: premium rate; required when priceType is floating (optional, sent as {@code premium}). Checked by {@link #build()}.
         *
         * @param premium the value, or null to leave it unset
         * @return this builder
         */
        public Builder premium(@Nullable BigDecimal premium) {
            this.premium = premium;
            return this;
        }

        /**
         * Sets {@code minAmount}: smallest order, in the fiat (optional, greater than 0, sent as {@code minAmount}). Checked by {@link #build()}.
         *
         * @param minAmount the value, or null to leave it unset
         * @return this builder
         */
        public Builder minAmount(@Nullable BigDecimal minAmount) {
            this.minAmount = minAmount;
            return this;
        }

        /**
         * Sets {@code maxAmount}: largest order, in the fiat (optional, greater than 0, sent as {@code maxAmount}). Checked by {@link #build()}.
         *
         * @param maxAmount the value, or null to leave it unset
         * @return this builder
         */
        public Builder maxAmount(@Nullable BigDecimal maxAmount) {
            this.maxAmount = maxAmount;
            return this;
        }

        /**
         * Sets {@code quantity}: total coin quantity offered (optional, greater than 0, sent as {@code quantity}). Checked by {@link #build()}.
         *
         * @param quantity the value, or null to leave it unset
         * @return this builder
         */
        public Builder quantity(@Nullable BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /**
         * Sets {@code payMethodIds}: accepted payment methods (optional, sent as {@code payMethodIds}). Checked by {@link #build()}.
         *
         * @param payMethodIds the value, or null to leave it unset
         * @return this builder
         */
        public Builder payMethodIds(@Nullable List<UtaP2pPayMethodRef> payMethodIds) {
            this.payMethodIds = payMethodIds;
            return this;
        }

        /**
         * Sets {@code payTimeLimit}: minutes the buyer has to pay (Bitget's table marks it required) (optional, greater than 0, sent as {@code payTimeLimit}). Checked by {@link #build()}.
         *
         * @param payTimeLimit the value, or null to leave it unset
         * @return this builder
         */
        public Builder payTimeLimit(@Nullable Integer payTimeLimit) {
            this.payTimeLimit = payTimeLimit;
            return this;
        }

        /**
         * Sets {@code remark}: remarks shown with the ad (optional, sent as {@code remark}). Checked by {@link #build()}.
         *
         * @param remark the value, or null to leave it unset
         * @return this builder
         */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
            return this;
        }

        /**
         * Sets {@code tradeTerms}: trading terms (optional, sent as {@code tradeTerms}). Checked by {@link #build()}.
         *
         * @param tradeTerms the value, or null to leave it unset
         * @return this builder
         */
        public Builder tradeTerms(@Nullable String tradeTerms) {
            this.tradeTerms = tradeTerms;
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
        public UtaP2pUpdateAdRequest build() {
            return new UtaP2pUpdateAdRequest(advId, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, payTimeLimit, remark, tradeTerms, extraParams);
        }
    }
}
