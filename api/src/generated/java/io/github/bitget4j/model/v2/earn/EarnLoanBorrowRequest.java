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
 * @param loanCoin required; coin to borrow, e.g. ETH.
 * @param pledgeCoin required; collateral coin, e.g. USDT.
 * @param daily required
 * @param pledgeAmount optional; collateral to pledge.
 * @param loanAmount optional; amount to borrow.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnLoanBorrowRequest {
        Require.text(loanCoin, "loanCoin");
        Require.text(pledgeCoin, "pledgeCoin");
        Require.known(daily, "daily");
        Require.positiveIfPresent(pledgeAmount, "pledgeAmount");
        Require.positiveIfPresent(loanAmount, "loanAmount");
        Require.either(pledgeAmount, "pledgeAmount", loanAmount, "loanAmount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnLoanBorrowRequest(String loanCoin, String pledgeCoin, EarnLoanTerm daily, @Nullable BigDecimal pledgeAmount, @Nullable BigDecimal loanAmount) {
        this(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnLoanBorrowRequest withExtraParam(String name, Object value) {
        return new EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, Require.withExtra(extraParams, name, value));
    }

    /** Sets loanCoin, pledgeCoin, daily, loanAmount; the rest stay unset. */
    public static EarnLoanBorrowRequest byLoanAmount(String loanCoin, String pledgeCoin, EarnLoanTerm daily, BigDecimal loanAmount) {
        return new EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, null, Require.present(loanAmount, "loanAmount"), Map.of());
    }

    /** Sets loanCoin, pledgeCoin, daily, pledgeAmount; the rest stay unset. */
    public static EarnLoanBorrowRequest byPledgeAmount(String loanCoin, String pledgeCoin, EarnLoanTerm daily, BigDecimal pledgeAmount) {
        return new EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, Require.present(pledgeAmount, "pledgeAmount"), null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** coin to borrow, e.g. ETH. Required. */
        public Builder loanCoin(String loanCoin) {
            this.loanCoin = loanCoin;
            return this;
        }

        /** collateral coin, e.g. USDT. Required. */
        public Builder pledgeCoin(String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /** Sets daily. Required. */
        public Builder daily(EarnLoanTerm daily) {
            this.daily = daily;
            return this;
        }

        /** collateral to pledge. Optional. */
        public Builder pledgeAmount(@Nullable BigDecimal pledgeAmount) {
            this.pledgeAmount = pledgeAmount;
            return this;
        }

        /** amount to borrow. Optional. */
        public Builder loanAmount(@Nullable BigDecimal loanAmount) {
            this.loanAmount = loanAmount;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public EarnLoanBorrowRequest build() {
            return new EarnLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, extraParams);
        }
    }
}
