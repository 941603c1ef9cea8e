// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new P2P ad. Build it with {@link #builder()}.
 *
 * @param token the coin, e.g. USDT (required, sent as {@code token})
 * @param fiat the fiat currency, e.g. EUR (required, sent as {@code fiat})
 * @param side buy or sell (required, sent as {@code side})
 * @param priceType fixed or floating (required, sent as {@code priceType})
 * @param price unit price; required when priceType is fixed (optional, greater than 0, sent as {@code price})
 * @param premium premium rate; required when priceType is floating (optional, sent as {@code premium})
 * @param minAmount smallest order, in the fiat (required, greater than 0, sent as {@code minAmount})
 * @param maxAmount largest order, in the fiat (required, greater than 0, sent as {@code maxAmount})
 * @param quantity total coin quantity offered (required, greater than 0, sent as {@code quantity})
 * @param payMethodIds accepted payment methods (required, not empty, sent as {@code payMethodIds})
 * @param remark remarks shown with the ad (optional, sent as {@code remark})
 * @param tradeTerms trading terms (optional, sent as {@code tradeTerms})
 * @param payTimeLimit minutes the buyer has to pay (see getP2pCurrencies for allowed values) (required, greater than 0, sent as {@code payTimeLimit})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pCreateAdRequest(
        String token,
        String fiat,
        Side side,
        UtaP2pPriceType priceType,
        @Nullable BigDecimal price,
        @Nullable BigDecimal premium,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        BigDecimal quantity,
        List<UtaP2pPayMethodRef> payMethodIds,
        @Nullable String remark,
        @Nullable String tradeTerms,
        Integer payTimeLimit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("token", "fiat", "side", "priceType", "price", "premium", "minAmount", "maxAmount", "quantity", "payMethodIds", "remark", "tradeTerms", "payTimeLimit");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pCreateAdRequest {
        Require.text(token, "token");
        Require.text(fiat, "fiat");
        Require.known(side, "side");
        Require.known(priceType, "priceType");
        Require.positiveIfPresent(price, "price");
        Require.present(minAmount, "minAmount");
        Require.positiveIfPresent(minAmount, "minAmount");
        Require.present(maxAmount, "maxAmount");
        Require.positiveIfPresent(maxAmount, "maxAmount");
        Require.present(quantity, "quantity");
        Require.positiveIfPresent(quantity, "quantity");
        payMethodIds = Require.nonEmpty(payMethodIds, "payMethodIds");
        Require.present(payTimeLimit, "payTimeLimit");
        Require.positiveIfPresent(payTimeLimit, "payTimeLimit");
        Require.requiredWhen(priceType == UtaP2pPriceType.FIXED, price, "price is required when priceType is fixed");
        Require.requiredWhen(priceType == UtaP2pPriceType.FLOATING, premium, "premium is required when priceType is floating");
        Require.eachWhen(side == Side.SELL, payMethodIds, item -> item.userPayMethodId(), "a sell ad names your collection account");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param token the coin, e.g. USDT (required, sent as {@code token})
     * @param fiat the fiat currency, e.g. EUR (required, sent as {@code fiat})
     * @param side buy or sell (required, sent as {@code side})
     * @param priceType fixed or floating (required, sent as {@code priceType})
     * @param price unit price; required when priceType is fixed (optional, greater than 0, sent as {@code price})
     * @param premium premium rate; required when priceType is floating (optional, sent as {@code premium})
     * @param minAmount smallest order, in the fiat (required, greater than 0, sent as {@code minAmount})
     * @param maxAmount largest order, in the fiat (required, greater than 0, sent as {@code maxAmount})
     * @param quantity total coin quantity offered (required, greater than 0, sent as {@code quantity})
     * @param payMethodIds accepted payment methods (required, not empty, sent as {@code payMethodIds})
     * @param remark remarks shown with the ad (optional, sent as {@code remark})
     * @param tradeTerms trading terms (optional, sent as {@code tradeTerms})
     * @param payTimeLimit minutes the buyer has to pay (see getP2pCurrencies for allowed values) (required, greater than 0, sent as {@code payTimeLimit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pCreateAdRequest(String token, String fiat, Side side, UtaP2pPriceType priceType, @Nullable BigDecimal price, @Nullable BigDecimal premium, BigDecimal minAmount, BigDecimal maxAmount, BigDecimal quantity, List<UtaP2pPayMethodRef> payMethodIds, @Nullable String remark, @Nullable String tradeTerms, Integer payTimeLimit) {
        this(token, fiat, side, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, remark, tradeTerms, payTimeLimit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaP2pCreateAdRequest withExtraParam(String name, Object value) {
        return new UtaP2pCreateAdRequest(token, fiat, side, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, remark, tradeTerms, payTimeLimit, Require.withExtra(extraParams, name, value));
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
        private @Nullable String token;
        private @Nullable String fiat;
        private @Nullable Side side;
        private @Nullable UtaP2pPriceType priceType;
        private @Nullable BigDecimal price;
        private @Nullable BigDecimal premium;
        private @Nullable BigDecimal minAmount;
        private @Nullable BigDecimal maxAmount;
        private @Nullable BigDecimal quantity;
        private @Nullable List<UtaP2pPayMethodRef> payMethodIds;
        private @Nullable String remark;
        private @Nullable String tradeTerms;
        private @Nullable Integer payTimeLimit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code token}: the coin, e.g. USDT (required, sent as {@code token}). Checked by {@link #build()}.
         *
         * @param token the value
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets {@code fiat}: the fiat currency, e.g. EUR (required, sent as {@code fiat}). Checked by {@link #build()}.
         *
         * @param fiat the value
         * @return this builder
         */
        public Builder fiat(String fiat) {
            this.fiat = fiat;
            return this;
        }

        /**
         * Sets {@code side}: buy or sell (required, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value
         * @return this builder
         */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code priceType}: fixed or floating (required, sent as {@code priceType}). Checked by {@link #build()}.
         *
         * @param priceType the value
         * @return this builder
         */
        public Builder priceType(UtaP2pPriceType priceType) {
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
         * Sets {@code minAmount}: smallest order, in the fiat (required, greater than 0, sent as {@code minAmount}). Checked by {@link #build()}.
         *
         * @param minAmount the value
         * @return this builder
         */
        public Builder minAmount(BigDecimal minAmount) {
            this.minAmount = minAmount;
            return this;
        }

        /**
         * Sets {@code maxAmount}: largest order, in the fiat (required, greater than 0, sent as {@code maxAmount}). Checked by {@link #build()}.
         *
         * @param maxAmount the value
         * @return this builder
         */
        public Builder maxAmount(BigDecimal maxAmount) {
            this.maxAmount = maxAmount;
            return this;
        }

        /**
         * Sets {@code quantity}: total coin quantity offered (required, greater than 0, sent as {@code quantity}). Checked by {@link #build()}.
         *
         * @param quantity the value
         * @return this builder
         */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /**
         * Sets {@code payMethodIds}: accepted payment methods (required, not empty, sent as {@code payMethodIds}). Checked by {@link #build()}.
         *
         * @param payMethodIds the value
         * @return this builder
         */
        public Builder payMethodIds(List<UtaP2pPayMethodRef> payMethodIds) {
            this.payMethodIds = payMethodIds;
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
         * Sets {@code payTimeLimit}: minutes the buyer has to pay (see getP2pCurrencies for allowed values) (required, greater than 0, sent as {@code payTimeLimit}). Checked by {@link #build()}.
         *
         * @param payTimeLimit the value
         * @return this builder
         */
        public Builder payTimeLimit(Integer payTimeLimit) {
            this.payTimeLimit = payTimeLimit;
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
        public UtaP2pCreateAdRequest build() {
            return new UtaP2pCreateAdRequest(token, fiat, side, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, remark, tradeTerms, payTimeLimit, extraParams);
        }
    }
}
