// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Repays one crypto loan. Build it with {@link #builder()}.
 *
 * @param orderId the loan order id (required, sent as {@code orderId})
 * @param method repay with the borrowed coin or with collateral (required, sent as {@code method})
 * @param repayAll yes repays everything and ignores amount (required, sent as {@code repayAll})
 * @param amount amount to repay; required when repayAll is no (optional, greater than 0, sent as {@code amount})
 * @param repayUnlock whether to release collateral on a partial repayment (Bitget's default no) (optional, sent as {@code repayUnlock})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaLoanRepayRequest(
        String orderId,
        UtaLoanRepayMethod method,
        UtaLoanYesNo repayAll,
        @Nullable BigDecimal amount,
        @Nullable UtaLoanYesNo repayUnlock,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "method", "repayAll", "amount", "repayUnlock");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaLoanRepayRequest {
        Require.text(orderId, "orderId");
        Require.known(method, "method");
        Require.known(repayAll, "repayAll");
        Require.positiveIfPresent(amount, "amount");
        Require.knownIfPresent(repayUnlock, "repayUnlock");
        Require.requiredWhen(repayAll == UtaLoanYesNo.NO, amount, "a partial repayment needs an amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId the loan order id (required, sent as {@code orderId})
     * @param method repay with the borrowed coin or with collateral (required, sent as {@code method})
     * @param repayAll yes repays everything and ignores amount (required, sent as {@code repayAll})
     * @param amount amount to repay; required when repayAll is no (optional, greater than 0, sent as {@code amount})
     * @param repayUnlock whether to release collateral on a partial repayment (Bitget's default no) (optional, sent as {@code repayUnlock})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaLoanRepayRequest(String orderId, UtaLoanRepayMethod method, UtaLoanYesNo repayAll, @Nullable BigDecimal amount, @Nullable UtaLoanYesNo repayUnlock) {
        this(orderId, method, repayAll, amount, repayUnlock, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaLoanRepayRequest withExtraParam(String name, Object value) {
        return new UtaLoanRepayRequest(orderId, method, repayAll, amount, repayUnlock, Require.withExtra(extraParams, name, value));
    }

    /**
     * Repays the whole loan. Sets {@code repayAll} to {@code yes}.
     *
     * @param orderId the loan order id (required, sent as {@code orderId})
     * @param method repay with the borrowed coin or with collateral (required, sent as {@code method})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaLoanRepayRequest all(String orderId, UtaLoanRepayMethod method) {
        return new UtaLoanRepayRequest(orderId, method, UtaLoanYesNo.YES, null, null, Map.of());
    }

    /**
     * Repays part of the loan. Sets {@code repayAll} to {@code no}.
     *
     * @param orderId the loan order id (required, sent as {@code orderId})
     * @param method repay with the borrowed coin or with collateral (required, sent as {@code method})
     * @param amount amount to repay; required when repayAll is no (optional, greater than 0, sent as {@code amount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaLoanRepayRequest partial(String orderId, UtaLoanRepayMethod method, BigDecimal amount) {
        return new UtaLoanRepayRequest(orderId, method, UtaLoanYesNo.NO, Require.present(amount, "amount"), null, Map.of());
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
        private @Nullable UtaLoanRepayMethod method;
        private @Nullable UtaLoanYesNo repayAll;
        private @Nullable BigDecimal amount;
        private @Nullable UtaLoanYesNo repayUnlock;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code orderId}: the loan order id (required, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code method}: repay with the borrowed coin or with collateral (required, sent as {@code method}). Checked by {@link #build()}.
         *
         * @param method the value
         * @return this builder
         */
        public Builder method(UtaLoanRepayMethod method) {
            this.method = method;
            return this;
        }

        /**
         * Sets {@code repayAll}: yes repays everything and ignores amount (required, sent as {@code repayAll}). Checked by {@link #build()}.
         *
         * @param repayAll the value
         * @return this builder
         */
        public Builder repayAll(UtaLoanYesNo repayAll) {
            this.repayAll = repayAll;
            return this;
        }

        /**
         * Sets {@code amount}: amount to repay; required when repayAll is no (optional, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value, or null to leave it unset
         * @return this builder
         */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code repayUnlock}: whether to release collateral on a partial repayment (Bitget's default no) (optional, sent as {@code repayUnlock}). Checked by {@link #build()}.
         *
         * @param repayUnlock the value, or null to leave it unset
         * @return this builder
         */
        public Builder repayUnlock(@Nullable UtaLoanYesNo repayUnlock) {
            this.repayUnlock = repayUnlock;
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
        public UtaLoanRepayRequest build() {
            return new UtaLoanRepayRequest(orderId, method, repayAll, amount, repayUnlock, extraParams);
        }
    }
}
