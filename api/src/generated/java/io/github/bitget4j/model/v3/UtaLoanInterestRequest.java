// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What-if of a crypto loan. Build it with {@link #builder()}.
 *
 * @param loanCoin required; the coin to borrow.
 * @param pledgeCoin required; the collateral coin.
 * @param daily required; the loan term.
 * @param pledgeAmount required; collateral to lock.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaLoanInterestRequest(
        String loanCoin,
        String pledgeCoin,
        UtaLoanTerm daily,
        BigDecimal pledgeAmount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("loanCoin", "pledgeCoin", "daily", "pledgeAmount");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaLoanInterestRequest {
        Require.text(loanCoin, "loanCoin");
        Require.text(pledgeCoin, "pledgeCoin");
        Require.known(daily, "daily");
        Require.present(pledgeAmount, "pledgeAmount");
        Require.positiveIfPresent(pledgeAmount, "pledgeAmount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaLoanInterestRequest(String loanCoin, String pledgeCoin, UtaLoanTerm daily, BigDecimal pledgeAmount) {
        this(loanCoin, pledgeCoin, daily, pledgeAmount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaLoanInterestRequest withExtraParam(String name, Object value) {
        return new UtaLoanInterestRequest(loanCoin, pledgeCoin, daily, pledgeAmount, Require.withExtra(extraParams, name, value));
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
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the coin to borrow. Required. */
        public Builder loanCoin(String loanCoin) {
            this.loanCoin = loanCoin;
            return this;
        }

        /** the collateral coin. Required. */
        public Builder pledgeCoin(String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /** the loan term. Required. */
        public Builder daily(UtaLoanTerm daily) {
            this.daily = daily;
            return this;
        }

        /** collateral to lock. Required. */
        public Builder pledgeAmount(BigDecimal pledgeAmount) {
            this.pledgeAmount = pledgeAmount;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaLoanInterestRequest build() {
            return new UtaLoanInterestRequest(loanCoin, pledgeCoin, daily, pledgeAmount, extraParams);
        }
    }
}
