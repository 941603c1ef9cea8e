// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the liquidation history query. Build it with {@link #builder()}.
 *
 * @param orderId optional; one loan.
 * @param loanCoin optional; the borrowed coin.
 * @param pledgeCoin optional; the collateral coin.
 * @param status optional; COMPLETE or WAIT.
 * @param startTime required; earliest liquidation, Unix milliseconds.
 * @param endTime required; latest liquidation, Unix milliseconds.
 * @param pageNum optional; page number, from 1.
 * @param pageSize optional; page size.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaLoanReducesRequest(
        @Nullable String orderId,
        @Nullable String loanCoin,
        @Nullable String pledgeCoin,
        @Nullable UtaLoanReduceStatus status,
        Long startTime,
        Long endTime,
        @Nullable Integer pageNum,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "loanCoin", "pledgeCoin", "status", "startTime", "endTime", "pageNum", "pageSize");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaLoanReducesRequest {
        Require.knownIfPresent(status, "status");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(pageNum, "pageNum");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaLoanReducesRequest(@Nullable String orderId, @Nullable String loanCoin, @Nullable String pledgeCoin, @Nullable UtaLoanReduceStatus status, Long startTime, Long endTime, @Nullable Integer pageNum, @Nullable Integer pageSize) {
        this(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNum, pageSize, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaLoanReducesRequest withExtraParam(String name, Object value) {
        return new UtaLoanReducesRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNum, pageSize, Require.withExtra(extraParams, name, value));
    }

    /** Sets startTime, endTime; the rest stay unset. */
    public static UtaLoanReducesRequest of(Long startTime, Long endTime) {
        return new UtaLoanReducesRequest(null, null, null, null, startTime, endTime, null, null, Map.of());
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
        private @Nullable UtaLoanReduceStatus status;
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

        /** COMPLETE or WAIT. Optional. */
        public Builder status(@Nullable UtaLoanReduceStatus status) {
            this.status = status;
            return this;
        }

        /** earliest liquidation, Unix milliseconds. Required. */
        public Builder startTime(Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest liquidation, Unix milliseconds. Required. */
        public Builder endTime(Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page number, from 1. Optional. */
        public Builder pageNum(@Nullable Integer pageNum) {
            this.pageNum = pageNum;
            return this;
        }

        /** page size. Optional. */
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
        public UtaLoanReducesRequest build() {
            return new UtaLoanReducesRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNum, pageSize, extraParams);
        }
    }
}
