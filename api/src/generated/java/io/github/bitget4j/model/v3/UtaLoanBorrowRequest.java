// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new crypto loan. Build it with {@link #builder()}.
 *
 * @param loanCoin required; the coin to borrow, e.g. USDT.
 * @param pledgeCoin required; the collateral coin, e.g. BTC.
 * @param daily required; the loan term.
 * @param pledgeAmount optional; collateral to lock; this or loanAmount is required.
 * @param loanAmount optional; amount to borrow; this or pledgeAmount is required.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaLoanBorrowRequest(
        String loanCoin,
        String pledgeCoin,
        UtaLoanTerm daily,
        @Nullable BigDecimal pledgeAmount,
        @Nullable BigDecimal loanAmount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("loanCoin", "pledgeCoin", "daily", "pledgeAmount", "loanAmount");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaLoanBorrowRequest {
        Require.text(loanCoin, "loanCoin");
        Require.text(pledgeCoin, "pledgeCoin");
        Require.known(daily, "daily");
        Require.positiveIfPresent(pledgeAmount, "pledgeAmount");
        Require.positiveIfPresent(loanAmount, "loanAmount");
        Require.either(pledgeAmount, "pledgeAmount", loanAmount, "loanAmount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaLoanBorrowRequest(String loanCoin, String pledgeCoin, UtaLoanTerm daily, @Nullable BigDecimal pledgeAmount, @Nullable BigDecimal loanAmount) {
        this(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaLoanBorrowRequest withExtraParam(String name, Object value) {
        return new UtaLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, Require.withExtra(extraParams, name, value));
    }

    /** Borrows a given amount. */
    public static UtaLoanBorrowRequest byLoanAmount(String loanCoin, String pledgeCoin, UtaLoanTerm daily, BigDecimal loanAmount) {
        return new UtaLoanBorrowRequest(loanCoin, pledgeCoin, daily, null, Require.present(loanAmount, "loanAmount"), Map.of());
    }

    /** Locks a given amount of collateral. */
    public static UtaLoanBorrowRequest byPledgeAmount(String loanCoin, String pledgeCoin, UtaLoanTerm daily, BigDecimal pledgeAmount) {
        return new UtaLoanBorrowRequest(loanCoin, pledgeCoin, daily, Require.present(pledgeAmount, "pledgeAmount"), null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String loanCoin;
        private @Nullable String pledgeCoin;
        private @Nullable UtaLoanTerm daily;
        private @Nullable BigDecimal pledgeAmount;
        private @Nullable BigDecimal loanAmount;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the coin to borrow, e.g. USDT. Required. */
        public Builder loanCoin(String loanCoin) {
            this.loanCoin = loanCoin;
            return this;
        }

        /** the collateral coin, e.g. BTC. Required. */
        public Builder pledgeCoin(String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /** the loan term. Required. */
        public Builder daily(UtaLoanTerm daily) {
            this.daily = daily;
            return this;
        }

        /** collateral to lock; this or loanAmount is required. Optional. */
        public Builder pledgeAmount(@Nullable BigDecimal pledgeAmount) {
            this.pledgeAmount = pledgeAmount;
            return this;
        }

        /** amount to borrow; this or pledgeAmount is required. Optional. */
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
        public UtaLoanBorrowRequest build() {
            return new UtaLoanBorrowRequest(loanCoin, pledgeCoin, daily, pledgeAmount, loanAmount, extraParams);
        }
    }
}
