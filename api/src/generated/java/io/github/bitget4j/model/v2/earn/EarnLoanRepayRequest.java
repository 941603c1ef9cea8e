// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
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
 * @param orderId Bitget's order ID (required, sent as {@code orderId})
 * @param amount required unless repayAll is yes (optional, greater than 0, sent as {@code amount})
 * @param repayUnlock release the collateral after repaying (Bitget's default: yes) (optional, sent as {@code repayUnlock})
 * @param repayAll repay all, one of {@code yes}, {@code no} (required, sent as {@code repayAll})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanRepayRequest(
        String orderId,
        @Nullable BigDecimal amount,
        @Nullable EarnYesNo repayUnlock,
        EarnYesNo repayAll,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "amount", "repayUnlock", "repayAll");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanRepayRequest {
        Require.text(orderId, "orderId");
        Require.positiveIfPresent(amount, "amount");
        Require.knownIfPresent(repayUnlock, "repayUnlock");
        Require.known(repayAll, "repayAll");
        Require.requiredWhen(repayAll == EarnYesNo.NO, amount, "amount is required when repayAll is no");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's order ID (required, sent as {@code orderId})
     * @param amount required unless repayAll is yes (optional, greater than 0, sent as {@code amount})
     * @param repayUnlock release the collateral after repaying (Bitget's default: yes) (optional, sent as {@code repayUnlock})
     * @param repayAll repay all, one of {@code yes}, {@code no} (required, sent as {@code repayAll})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanRepayRequest(String orderId, @Nullable BigDecimal amount, @Nullable EarnYesNo repayUnlock, EarnYesNo repayAll) {
        this(orderId, amount, repayUnlock, repayAll, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnLoanRepayRequest withExtraParam(String name, Object value) {
        return new EarnLoanRepayRequest(orderId, amount, repayUnlock, repayAll, Require.withExtra(extraParams, name, value));
    }

    /**
     * Repays the whole loan and releases the collateral. Sets {@code repayAll} to {@code yes}.
     *
     * @param orderId Bitget's order ID (required, sent as {@code orderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnLoanRepayRequest all(String orderId) {
        return new EarnLoanRepayRequest(orderId, null, null, EarnYesNo.YES, Map.of());
    }

    /**
     * Sets orderId, amount; the rest stay unset. Sets {@code repayAll} to {@code no}.
     *
     * @param orderId Bitget's order ID (required, sent as {@code orderId})
     * @param amount required unless repayAll is yes (optional, greater than 0, sent as {@code amount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnLoanRepayRequest partial(String orderId, BigDecimal amount) {
        return new EarnLoanRepayRequest(orderId, Require.present(amount, "amount"), null, EarnYesNo.NO, Map.of());
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
        private @Nullable String orderId;
        private @Nullable BigDecimal amount;
        private @Nullable EarnYesNo repayUnlock;
        private @Nullable EarnYesNo repayAll;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code orderId}: Bitget's order ID (required, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code amount}: required unless repayAll is yes (optional, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value, or null to leave it unset
         * @return this builder
         */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code repayUnlock}: release the collateral after repaying (Bitget's default: yes) (optional, sent as {@code repayUnlock}). Checked by {@link #build()}.
         *
         * @param repayUnlock the value, or null to leave it unset
         * @return this builder
         */
        public Builder repayUnlock(@Nullable EarnYesNo repayUnlock) {
            this.repayUnlock = repayUnlock;
            return this;
        }

        /**
         * Sets {@code repayAll}: repay all, one of {@code yes}, {@code no} (required, sent as {@code repayAll}). Checked by {@link #build()}.
         *
         * @param repayAll the value
         * @return this builder
         */
        public Builder repayAll(EarnYesNo repayAll) {
            this.repayAll = repayAll;
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
        public EarnLoanRepayRequest build() {
            return new EarnLoanRepayRequest(orderId, amount, repayUnlock, repayAll, extraParams);
        }
    }
}
