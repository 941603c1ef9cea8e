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
 * @param token required; the coin, e.g. USDT.
 * @param fiat required; the fiat currency, e.g. EUR.
 * @param side required; buy or sell.
 * @param priceType required; fixed or floating.
 * @param price optional; unit price; required when priceType is fixed.
 * @param premium optional; premium rate; required when priceType is floating.
 * @param minAmount required; smallest order, in the fiat.
 * @param maxAmount required; largest order, in the fiat.
 * @param quantity required; total coin quantity offered.
 * @param payMethodIds required; accepted payment methods.
 * @param remark optional; remarks shown with the ad.
 * @param tradeTerms optional; trading terms.
 * @param payTimeLimit required; minutes the buyer has to pay (see getP2pCurrencies for allowed values).
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
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

    /** Without extra parameters. */
    public UtaP2pCreateAdRequest(String token, String fiat, Side side, UtaP2pPriceType priceType, @Nullable BigDecimal price, @Nullable BigDecimal premium, BigDecimal minAmount, BigDecimal maxAmount, BigDecimal quantity, List<UtaP2pPayMethodRef> payMethodIds, @Nullable String remark, @Nullable String tradeTerms, Integer payTimeLimit) {
        this(token, fiat, side, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, remark, tradeTerms, payTimeLimit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaP2pCreateAdRequest withExtraParam(String name, Object value) {
        return new UtaP2pCreateAdRequest(token, fiat, side, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, remark, tradeTerms, payTimeLimit, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** the coin, e.g. USDT. Required. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** the fiat currency, e.g. EUR. Required. */
        public Builder fiat(String fiat) {
            this.fiat = fiat;
            return this;
        }

        /** buy or sell. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** fixed or floating. Required. */
        public Builder priceType(UtaP2pPriceType priceType) {
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

        /** smallest order, in the fiat. Required. */
        public Builder minAmount(BigDecimal minAmount) {
            this.minAmount = minAmount;
            return this;
        }

        /** largest order, in the fiat. Required. */
        public Builder maxAmount(BigDecimal maxAmount) {
            this.maxAmount = maxAmount;
            return this;
        }

        /** total coin quantity offered. Required. */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** accepted payment methods. Required. */
        public Builder payMethodIds(List<UtaP2pPayMethodRef> payMethodIds) {
            this.payMethodIds = payMethodIds;
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

        /** minutes the buyer has to pay (see getP2pCurrencies for allowed values). Required. */
        public Builder payTimeLimit(Integer payTimeLimit) {
            this.payTimeLimit = payTimeLimit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaP2pCreateAdRequest build() {
            return new UtaP2pCreateAdRequest(token, fiat, side, priceType, price, premium, minAmount, maxAmount, quantity, payMethodIds, remark, tradeTerms, payTimeLimit, extraParams);
        }
    }
}
