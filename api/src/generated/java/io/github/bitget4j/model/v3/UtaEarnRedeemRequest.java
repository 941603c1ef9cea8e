// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Elite redemption. Build it with {@link #builder()}.
 *
 * @param productId the product id (required, sent as {@code productId})
 * @param productSubId the product sub-id (required, sent as {@code productSubId})
 * @param redeemType fast (BGUSD only) or standard (required, sent as {@code redeemType})
 * @param amount amount to redeem (required, greater than 0, sent as {@code amount})
 * @param receiveAccount account paid to (required, sent as {@code receiveAccount})
 * @param advancedSettle settle early (BGBTC only; Bitget's default no) (optional, sent as {@code advancedSettle})
 * @param coin coin received; required for BGUSD (optional, sent as {@code coin})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaEarnRedeemRequest(
        String productId,
        String productSubId,
        UtaEarnRedeemType redeemType,
        BigDecimal amount,
        UtaEarnAccount receiveAccount,
        @Nullable UtaEarnAdvancedSettle advancedSettle,
        @Nullable String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId", "productSubId", "redeemType", "amount", "receiveAccount", "advancedSettle", "coin");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaEarnRedeemRequest {
        Require.text(productId, "productId");
        Require.text(productSubId, "productSubId");
        Require.known(redeemType, "redeemType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.known(receiveAccount, "receiveAccount");
        Require.knownIfPresent(advancedSettle, "advancedSettle");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param productId the product id (required, sent as {@code productId})
     * @param productSubId the product sub-id (required, sent as {@code productSubId})
     * @param redeemType fast (BGUSD only) or standard (required, sent as {@code redeemType})
     * @param amount amount to redeem (required, greater than 0, sent as {@code amount})
     * @param receiveAccount account paid to (required, sent as {@code receiveAccount})
     * @param advancedSettle settle early (BGBTC only; Bitget's default no) (optional, sent as {@code advancedSettle})
     * @param coin coin received; required for BGUSD (optional, sent as {@code coin})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaEarnRedeemRequest(String productId, String productSubId, UtaEarnRedeemType redeemType, BigDecimal amount, UtaEarnAccount receiveAccount, @Nullable UtaEarnAdvancedSettle advancedSettle, @Nullable String coin) {
        this(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaEarnRedeemRequest withExtraParam(String name, Object value) {
        return new UtaEarnRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, Require.withExtra(extraParams, name, value));
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
        private @Nullable String productId;
        private @Nullable String productSubId;
        private @Nullable UtaEarnRedeemType redeemType;
        private @Nullable BigDecimal amount;
        private @Nullable UtaEarnAccount receiveAccount;
        private @Nullable UtaEarnAdvancedSettle advancedSettle;
        private @Nullable String coin;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code productId}: the product id (required, sent as {@code productId}). Checked by {@link #build()}.
         *
         * @param productId the value
         * @return this builder
         */
        public Builder productId(String productId) {
            this.productId = productId;
            return this;
        }

        /**
         * Sets {@code productSubId}: the product sub-id (required, sent as {@code productSubId}). Checked by {@link #build()}.
         *
         * @param productSubId the value
         * @return this builder
         */
        public Builder productSubId(String productSubId) {
            this.productSubId = productSubId;
            return this;
        }

        /**
         * Sets {@code redeemType}: fast (BGUSD only) or standard (required, sent as {@code redeemType}). Checked by {@link #build()}.
         *
         * @param redeemType the value
         * @return this builder
         */
        public Builder redeemType(UtaEarnRedeemType redeemType) {
            this.redeemType = redeemType;
            return this;
        }

        /**
         * Sets {@code amount}: amount to redeem (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code receiveAccount}: account paid to (required, sent as {@code receiveAccount}). Checked by {@link #build()}.
         *
         * @param receiveAccount the value
         * @return this builder
         */
        public Builder receiveAccount(UtaEarnAccount receiveAccount) {
            this.receiveAccount = receiveAccount;
            return this;
        }

        /**
         * Sets {@code advancedSettle}: settle early (BGBTC only; Bitget's default no) (optional, sent as {@code advancedSettle}). Checked by {@link #build()}.
         *
         * @param advancedSettle the value, or null to leave it unset
         * @return this builder
         */
        public Builder advancedSettle(@Nullable UtaEarnAdvancedSettle advancedSettle) {
            this.advancedSettle = advancedSettle;
            return this;
        }

        /**
         * Sets {@code coin}: coin received; required for BGUSD (optional, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value, or null to leave it unset
         * @return this builder
         */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
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
        public UtaEarnRedeemRequest build() {
            return new UtaEarnRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, extraParams);
        }
    }
}
