// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param orderId optional
 * @param loanCoin optional
 * @param pledgeCoin optional
 * @param status optional
 * @param startTime required; at most three months back.
 * @param endTime required
 * @param pageNo optional; default 1.
 * @param pageSize optional; default 10.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanHistoryRequest(
        @Nullable String orderId,
        @Nullable String loanCoin,
        @Nullable String pledgeCoin,
        @Nullable EarnLoanStatus status,
        Instant startTime,
        Instant endTime,
        @Nullable Integer pageNo,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "loanCoin", "pledgeCoin", "status", "startTime", "endTime", "pageNo", "pageSize");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnLoanHistoryRequest {
        Require.knownIfPresent(status, "status");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnLoanHistoryRequest(@Nullable String orderId, @Nullable String loanCoin, @Nullable String pledgeCoin, @Nullable EarnLoanStatus status, Instant startTime, Instant endTime, @Nullable Integer pageNo, @Nullable Integer pageSize) {
        this(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNo, pageSize, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnLoanHistoryRequest withExtraParam(String name, Object value) {
        return new EarnLoanHistoryRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNo, pageSize, Require.withExtra(extraParams, name, value));
    }

    /** Sets startTime, endTime; the rest stay unset. */
    public static EarnLoanHistoryRequest of(Instant startTime, Instant endTime) {
        return new EarnLoanHistoryRequest(null, null, null, null, startTime, endTime, null, null, Map.of());
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
        private @Nullable EarnLoanStatus status;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer pageNo;
        private @Nullable Integer pageSize;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets orderId. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** Sets loanCoin. Optional. */
        public Builder loanCoin(@Nullable String loanCoin) {
            this.loanCoin = loanCoin;
            return this;
        }

        /** Sets pledgeCoin. Optional. */
        public Builder pledgeCoin(@Nullable String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /** Sets status. Optional. */
        public Builder status(@Nullable EarnLoanStatus status) {
            this.status = status;
            return this;
        }

        /** at most three months back. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Required. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** default 1. Optional. */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /** default 10. Optional. */
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
        public EarnLoanHistoryRequest build() {
            return new EarnLoanHistoryRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNo, pageSize, extraParams);
        }
    }
}
