// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param productSubId from the subscribe info (required, sent as {@code productSubId})
 * @param amount amount, decimal (required, greater than 0, sent as {@code amount})
 * @param coin coin paid with; required for BGUSD (USDT or USDC) (optional, sent as {@code coin})
 * @param paymentAccount Bitget's default: spot (optional, sent as {@code paymentAccount})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnEliteSubscribeRequest(
        String productSubId,
        BigDecimal amount,
        @Nullable String coin,
        @Nullable EarnEliteAccount paymentAccount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productSubId", "amount", "coin", "paymentAccount");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnEliteSubscribeRequest {
        Require.text(productSubId, "productSubId");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.knownIfPresent(paymentAccount, "paymentAccount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param productSubId from the subscribe info (required, sent as {@code productSubId})
     * @param amount amount, decimal (required, greater than 0, sent as {@code amount})
     * @param coin coin paid with; required for BGUSD (USDT or USDC) (optional, sent as {@code coin})
     * @param paymentAccount Bitget's default: spot (optional, sent as {@code paymentAccount})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnEliteSubscribeRequest(String productSubId, BigDecimal amount, @Nullable String coin, @Nullable EarnEliteAccount paymentAccount) {
        this(productSubId, amount, coin, paymentAccount, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnEliteSubscribeRequest withExtraParam(String name, Object value) {
        return new EarnEliteSubscribeRequest(productSubId, amount, coin, paymentAccount, Require.withExtra(extraParams, name, value));
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
        private @Nullable String productSubId;
        private @Nullable BigDecimal amount;
        private @Nullable String coin;
        private @Nullable EarnEliteAccount paymentAccount;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code productSubId}: from the subscribe info (required, sent as {@code productSubId}). Checked by {@link #build()}.
         *
         * @param productSubId the value
         * @return this builder
         */
        public Builder productSubId(String productSubId) {
            this.productSubId = productSubId;
            return this;
        }

        /**
         * Sets {@code amount}: amount, decimal (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code coin}: coin paid with; required for BGUSD (USDT or USDC) (optional, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value, or null to leave it unset
         * @return this builder
         */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /**
         * Sets {@code paymentAccount}: Bitget's default: spot (optional, sent as {@code paymentAccount}). Checked by {@link #build()}.
         *
         * @param paymentAccount the value, or null to leave it unset
         * @return this builder
         */
        public Builder paymentAccount(@Nullable EarnEliteAccount paymentAccount) {
            this.paymentAccount = paymentAccount;
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
        public EarnEliteSubscribeRequest build() {
            return new EarnEliteSubscribeRequest(productSubId, amount, coin, paymentAccount, extraParams);
        }
    }
}
