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
 * @param orderId required
 * @param amount optional; required unless repayAll is yes.
 * @param repayUnlock optional; release the collateral after repaying (Bitget's default: yes).
 * @param repayAll required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanRepayRequest(
        String orderId,
        @Nullable BigDecimal amount,
        @Nullable EarnYesNo repayUnlock,
        EarnYesNo repayAll,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "amount", "repayUnlock", "repayAll");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnLoanRepayRequest {
        Require.text(orderId, "orderId");
        Require.positiveIfPresent(amount, "amount");
        Require.knownIfPresent(repayUnlock, "repayUnlock");
        Require.known(repayAll, "repayAll");
        Require.requiredWhen(repayAll == EarnYesNo.NO, amount, "amount is required when repayAll is no");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnLoanRepayRequest(String orderId, @Nullable BigDecimal amount, @Nullable EarnYesNo repayUnlock, EarnYesNo repayAll) {
        this(orderId, amount, repayUnlock, repayAll, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnLoanRepayRequest withExtraParam(String name, Object value) {
        return new EarnLoanRepayRequest(orderId, amount, repayUnlock, repayAll, Require.withExtra(extraParams, name, value));
    }

    /** Repays the whole loan and releases the collateral. */
    public static EarnLoanRepayRequest all(String orderId) {
        return new EarnLoanRepayRequest(orderId, null, null, EarnYesNo.YES, Map.of());
    }

    /** Sets orderId, amount; the rest stay unset. */
    public static EarnLoanRepayRequest partial(String orderId, BigDecimal amount) {
        return new EarnLoanRepayRequest(orderId, Require.present(amount, "amount"), null, EarnYesNo.NO, Map.of());
    }

    /** A builder with nothing set. */
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

        /** Sets orderId. Required. */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** required unless repayAll is yes. Optional. */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** release the collateral after repaying (Bitget's default: yes). Optional. */
        public Builder repayUnlock(@Nullable EarnYesNo repayUnlock) {
            this.repayUnlock = repayUnlock;
            return this;
        }

        /** Sets repayAll. Required. */
        public Builder repayAll(EarnYesNo repayAll) {
            this.repayAll = repayAll;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public EarnLoanRepayRequest build() {
            return new EarnLoanRepayRequest(orderId, amount, repayUnlock, repayAll, extraParams);
        }
    }
}
