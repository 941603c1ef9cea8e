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
 * @param orderId required; the loan order id.
 * @param method required; repay with the borrowed coin or with collateral.
 * @param repayAll required; yes repays everything and ignores amount.
 * @param amount optional; amount to repay; required when repayAll is no.
 * @param repayUnlock optional; whether to release collateral on a partial repayment (Bitget's default no).
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaLoanRepayRequest {
        Require.text(orderId, "orderId");
        Require.known(method, "method");
        Require.known(repayAll, "repayAll");
        Require.positiveIfPresent(amount, "amount");
        Require.knownIfPresent(repayUnlock, "repayUnlock");
        Require.requiredWhen(repayAll == UtaLoanYesNo.NO, amount, "a partial repayment needs an amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaLoanRepayRequest(String orderId, UtaLoanRepayMethod method, UtaLoanYesNo repayAll, @Nullable BigDecimal amount, @Nullable UtaLoanYesNo repayUnlock) {
        this(orderId, method, repayAll, amount, repayUnlock, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaLoanRepayRequest withExtraParam(String name, Object value) {
        return new UtaLoanRepayRequest(orderId, method, repayAll, amount, repayUnlock, Require.withExtra(extraParams, name, value));
    }

    /** Repays the whole loan. */
    public static UtaLoanRepayRequest all(String orderId, UtaLoanRepayMethod method) {
        return new UtaLoanRepayRequest(orderId, method, UtaLoanYesNo.YES, null, null, Map.of());
    }

    /** Repays part of the loan. */
    public static UtaLoanRepayRequest partial(String orderId, UtaLoanRepayMethod method, BigDecimal amount) {
        return new UtaLoanRepayRequest(orderId, method, UtaLoanYesNo.NO, Require.present(amount, "amount"), null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** the loan order id. Required. */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** repay with the borrowed coin or with collateral. Required. */
        public Builder method(UtaLoanRepayMethod method) {
            this.method = method;
            return this;
        }

        /** yes repays everything and ignores amount. Required. */
        public Builder repayAll(UtaLoanYesNo repayAll) {
            this.repayAll = repayAll;
            return this;
        }

        /** amount to repay; required when repayAll is no. Optional. */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** whether to release collateral on a partial repayment (Bitget's default no). Optional. */
        public Builder repayUnlock(@Nullable UtaLoanYesNo repayUnlock) {
            this.repayUnlock = repayUnlock;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaLoanRepayRequest build() {
            return new UtaLoanRepayRequest(orderId, method, repayAll, amount, repayUnlock, extraParams);
        }
    }
}
