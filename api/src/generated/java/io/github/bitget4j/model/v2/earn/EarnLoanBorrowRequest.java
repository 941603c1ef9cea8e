// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * send the collateral amount or the loan amount. Build it with {@link #builder()}.
 *
 * @param loanCoin coin to borrow, e.g. ETH (required, sent as {@code loanCoin})
 * @param pledgeCoin collateral coin, e.g. USDT (required, sent as {@code pledgeCoin})
 * @param daily daily, one of {@code SEVEN}, {@code THIRTY} (required, sent as {@code daily})
 * @param pledgeAmount collateral to pledge (optional, greater than 0, sent as {@code pledgeAmount})
 * @param loanAmount amount to borrow (optional, greater than 0, sent as {@code loanAmount})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanBorrowRequest(
        String loanCoin,
        String pledgeCoin,
        EarnLoanTerm daily,
        @Nullable BigDecimal pledgeAmount,
        @Nullable BigDecimal loanAmount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("loanCoin", "pledgeCoin", "daily", "pledgeAmount", "loanAmount");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanBorrowRequest {
        Require.text(loanCoin, "loanCoin");
        Require.text(pledgeCoin, "pledgeCoin");
        Require.known(daily, "daily");
        Require.positiveIfPresent(pledgeAmount, "pledgeAmount");
        Require.positiveIfPresent(loanAmount, "loanAmount");
        Require.either(pledgeAmount, "pledgeAmount", loanAmount, "loanAmount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param loanCoin coin to borrow, e.g. ETH (required, sent as {@code loanCoin})
     * @param pledgeCoin collateral coin, e.g. USDT (required, sent as {@code pledgeCoin})
     * @param daily daily, one of {@code SEVEN}, {@code THIRTY} (required, sent as {@code daily})
     * @param pledgeAmount collateral to pledge (optional, greater than 0, sent as {@code pledgeAmount})
     * @param loanAmount amount to borrow (optional, greater than 0, sent as {@code loanAmount})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanBorrowRequest(String loanCoin, String pledgeCoin, EarnLoanTerm daily, @Nullable BigDecimal pledgeAmount, @Nullable BigDecimal loanAmount) {
        this(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnLoanBorrowRequest withExtraParam(String name, Object value) {
        return new EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets loanCoin, pledgeCoin, daily, loanAmount; the rest stay unset.
     *
     * @param loanCoin coin to borrow, e.g. ETH (required, sent as {@code loanCoin})
     * @param pledgeCoin collateral coin, e.g. USDT (required, sent as {@code pledgeCoin})
     * @param daily daily, one of {@code SEVEN}, {@code THIRTY} (required, sent as {@code daily})
     * @param loanAmount amount to borrow (optional, greater than 0, sent as {@code loanAmount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnLoanBorrowRequest byLoanAmount(String loanCoin, String pledgeCoin, EarnLoanTerm daily, BigDecimal loanAmount) {
        return new EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, null, Require.present(loanAmount, "loanAmount"), Map.of());
    }

    /**
     * Sets loanCoin, pledgeCoin, daily, pledgeAmount; the rest stay unset.
     *
     * @param loanCoin coin to borrow, e.g. ETH (required, sent as {@code loanCoin})
     * @param pledgeCoin collateral coin, e.g. USDT (required, sent as {@code pledgeCoin})
     * @param daily daily, one of {@code SEVEN}, {@code THIRTY} (required, sent as {@code daily})
     * @param pledgeAmount collateral to pledge (optional, greater than 0, sent as {@code pledgeAmount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnLoanBorrowRequest byPledgeAmount(String loanCoin, String pledgeCoin, EarnLoanTerm daily, BigDecimal pledgeAmount) {
        return new EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, Require.present(pledgeAmount, "pledgeAmount"), null, Map.of());
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
        private @Nullable String loanCoin;
        private @Nullable String pledgeCoin;
        private @Nullable EarnLoanTerm daily;
        private @Nullable BigDecimal pledgeAmount;
        private @Nullable BigDecimal loanAmount;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code loanCoin}: coin to borrow, e.g. ETH (required, sent as {@code loanCoin}). Checked by {@link #build()}.
         *
         * @param loanCoin the value
         * @return this builder
         */
        public Builder loanCoin(String loanCoin) {
            this.loanCoin = loanCoin;
            return this;
        }

        /**
         * Sets {@code pledgeCoin}: collateral coin, e.g. USDT (required, sent as {@code pledgeCoin}). Checked by {@link #build()}.
         *
         * @param pledgeCoin the value
         * @return this builder
         */
        public Builder pledgeCoin(String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /**
         * Sets {@code daily}: daily, one of {@code SEVEN}, {@code THIRTY} (required, sent as {@code daily}). Checked by {@link #build()}.
         *
         * @param daily the value
         * @return this builder
         */
        public Builder daily(EarnLoanTerm daily) {
            this.daily = daily;
            return this;
        }

        /**
         * Sets {@code pledgeAmount}: collateral to pledge (optional, greater than 0, sent as {@code pledgeAmount}). Checked by {@link #build()}.
         *
         * @param pledgeAmount the value, or null to leave it unset
         * @return this builder
         */
        public Builder pledgeAmount(@Nullable BigDecimal pledgeAmount) {
            this.pledgeAmount = pledgeAmount;
            return this;
        }

        /**
         * Sets {@code loanAmount}: amount to borrow (optional, greater than 0, sent as {@code loanAmount}). Checked by {@link #build()}.
         *
         * @param loanAmount the value, or null to leave it unset
         * @return this builder
         */
        public Builder loanAmount(@Nullable BigDecimal loanAmount) {
            this.loanAmount = loanAmount;
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
        public EarnLoanBorrowRequest build() {
            return new EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, extraParams);
        }
    }
}
