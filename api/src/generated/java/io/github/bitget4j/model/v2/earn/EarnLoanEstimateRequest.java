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
 * @param loanCoin required
 * @param pledgeCoin required
 * @param daily required
 * @param pledgeAmount optional; collateral to pledge.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanEstimateRequest(
        String loanCoin,
        String pledgeCoin,
        EarnLoanTerm daily,
        @Nullable BigDecimal pledgeAmount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("loanCoin", "pledgeCoin", "daily", "pledgeAmount");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnLoanEstimateRequest {
        Require.text(loanCoin, "loanCoin");
        Require.text(pledgeCoin, "pledgeCoin");
        Require.known(daily, "daily");
        Require.positiveIfPresent(pledgeAmount, "pledgeAmount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnLoanEstimateRequest(String loanCoin, String pledgeCoin, EarnLoanTerm daily, @Nullable BigDecimal pledgeAmount) {
        this(loanCoin, pledgeCoin, daily, pledgeAmount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnLoanEstimateRequest withExtraParam(String name, Object value) {
        return new EarnLoanEstimateRequest(loanCoin, pledgeCoin, daily, pledgeAmount, Require.withExtra(extraParams, name, value));
    }

    /** Sets loanCoin, pledgeCoin, daily, pledgeAmount; the rest stay unset. */
    public static EarnLoanEstimateRequest of(String loanCoin, String pledgeCoin, EarnLoanTerm daily, BigDecimal pledgeAmount) {
        return new EarnLoanEstimateRequest(loanCoin, pledgeCoin, daily, Require.present(pledgeAmount, "pledgeAmount"), Map.of());
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
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets loanCoin. Required. */
        public Builder loanCoin(String loanCoin) {
            this.loanCoin = loanCoin;
            return this;
        }

        /** Sets pledgeCoin. Required. */
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

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public EarnLoanEstimateRequest build() {
            return new EarnLoanEstimateRequest(loanCoin, pledgeCoin, daily, pledgeAmount, extraParams);
        }
    }
}
