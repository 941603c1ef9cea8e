// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the repayment history query. Build it with {@link #builder()}.
 *
 * @param orderId optional; one loan.
 * @param loanCoin optional; the borrowed coin.
 * @param pledgeCoin optional; the collateral coin.
 * @param startTime required; earliest repayment, Unix milliseconds (within the last three months).
 * @param endTime required; latest repayment, Unix milliseconds.
 * @param pageNum optional; page number, from 1.
 * @param pageSize optional; page size (Bitget's default 10).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaLoanRepayHistoryRequest(
        @Nullable String orderId,
        @Nullable String loanCoin,
        @Nullable String pledgeCoin,
        Long startTime,
        Long endTime,
        @Nullable Integer pageNum,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "loanCoin", "pledgeCoin", "startTime", "endTime", "pageNum", "pageSize");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaLoanRepayHistoryRequest {
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(pageNum, "pageNum");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaLoanRepayHistoryRequest(@Nullable String orderId, @Nullable String loanCoin, @Nullable String pledgeCoin, Long startTime, Long endTime, @Nullable Integer pageNum, @Nullable Integer pageSize) {
        this(orderId, loanCoin, pledgeCoin, startTime, endTime, pageNum, pageSize, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaLoanRepayHistoryRequest withExtraParam(String name, Object value) {
        return new UtaLoanRepayHistoryRequest(orderId, loanCoin, pledgeCoin, startTime, endTime, pageNum, pageSize, Require.withExtra(extraParams, name, value));
    }

    /** Sets startTime, endTime; the rest stay unset. */
    public static UtaLoanRepayHistoryRequest of(Long startTime, Long endTime) {
        return new UtaLoanRepayHistoryRequest(null, null, null, startTime, endTime, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String orderId;
        private @Nullable String loanCoin;
        private @Nullable String pledgeCoin;
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable Integer pageNum;
        private @Nullable Integer pageSize;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** one loan. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** the borrowed coin. Optional. */
        public Builder loanCoin(@Nullable String loanCoin) {
            this.loanCoin = loanCoin;
            return this;
        }

        /** the collateral coin. Optional. */
        public Builder pledgeCoin(@Nullable String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /** earliest repayment, Unix milliseconds (within the last three months). Required. */
        public Builder startTime(Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest repayment, Unix milliseconds. Required. */
        public Builder endTime(Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page number, from 1. Optional. */
        public Builder pageNum(@Nullable Integer pageNum) {
            this.pageNum = pageNum;
            return this;
        }

        /** page size (Bitget's default 10). Optional. */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaLoanRepayHistoryRequest build() {
            return new UtaLoanRepayHistoryRequest(orderId, loanCoin, pledgeCoin, startTime, endTime, pageNum, pageSize, extraParams);
        }
    }
}
