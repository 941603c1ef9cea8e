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
 * @param orderId Bitget's order ID (optional, sent as {@code orderId})
 * @param loanCoin loan coin (optional, sent as {@code loanCoin})
 * @param pledgeCoin pledge coin (optional, sent as {@code pledgeCoin})
 * @param status status, one of {@code COMPLETE}, {@code WAIT} (optional, sent as {@code status})
 * @param startTime at most three months back (required, sent as {@code startTime})
 * @param endTime end of the time range (required, sent as {@code endTime})
 * @param pageNo default 1 (optional, greater than 0, sent as {@code pageNo})
 * @param pageSize default 10 (optional, greater than 0, at most 100, sent as {@code pageSize})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanLiquidationRequest(
        @Nullable String orderId,
        @Nullable String loanCoin,
        @Nullable String pledgeCoin,
        @Nullable EarnLoanLiquidationStatus status,
        Instant startTime,
        Instant endTime,
        @Nullable Integer pageNo,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "loanCoin", "pledgeCoin", "status", "startTime", "endTime", "pageNo", "pageSize");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanLiquidationRequest {
        Require.knownIfPresent(status, "status");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's order ID (optional, sent as {@code orderId})
     * @param loanCoin loan coin (optional, sent as {@code loanCoin})
     * @param pledgeCoin pledge coin (optional, sent as {@code pledgeCoin})
     * @param status status, one of {@code COMPLETE}, {@code WAIT} (optional, sent as {@code status})
     * @param startTime at most three months back (required, sent as {@code startTime})
     * @param endTime end of the time range (required, sent as {@code endTime})
     * @param pageNo default 1 (optional, greater than 0, sent as {@code pageNo})
     * @param pageSize default 10 (optional, greater than 0, at most 100, sent as {@code pageSize})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanLiquidationRequest(@Nullable String orderId, @Nullable String loanCoin, @Nullable String pledgeCoin, @Nullable EarnLoanLiquidationStatus status, Instant startTime, Instant endTime, @Nullable Integer pageNo, @Nullable Integer pageSize) {
        this(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNo, pageSize, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnLoanLiquidationRequest withExtraParam(String name, Object value) {
        return new EarnLoanLiquidationRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNo, pageSize, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets startTime, endTime; the rest stay unset.
     *
     * @param startTime at most three months back (required, sent as {@code startTime})
     * @param endTime end of the time range (required, sent as {@code endTime})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnLoanLiquidationRequest of(Instant startTime, Instant endTime) {
        return new EarnLoanLiquidationRequest(null, null, null, null, startTime, endTime, null, null, Map.of());
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
        private @Nullable String orderId;
        private @Nullable String loanCoin;
        private @Nullable String pledgeCoin;
        private @Nullable EarnLoanLiquidationStatus status;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer pageNo;
        private @Nullable Integer pageSize;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code orderId}: Bitget's order ID (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code loanCoin}: loan coin (optional, sent as {@code loanCoin}). Checked by {@link #build()}.
         *
         * @param loanCoin the value, or null to leave it unset
         * @return this builder
         */
        public Builder loanCoin(@Nullable String loanCoin) {
            this.loanCoin = loanCoin;
            return this;
        }

        /**
         * Sets {@code pledgeCoin}: pledge coin (optional, sent as {@code pledgeCoin}). Checked by {@link #build()}.
         *
         * @param pledgeCoin the value, or null to leave it unset
         * @return this builder
         */
        public Builder pledgeCoin(@Nullable String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /**
         * Sets {@code status}: status, one of {@code COMPLETE}, {@code WAIT} (optional, sent as {@code status}). Checked by {@link #build()}.
         *
         * @param status the value, or null to leave it unset
         * @return this builder
         */
        public Builder status(@Nullable EarnLoanLiquidationStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code startTime}: at most three months back (required, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: end of the time range (required, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value
         * @return this builder
         */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code pageNo}: default 1 (optional, greater than 0, sent as {@code pageNo}). Checked by {@link #build()}.
         *
         * @param pageNo the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /**
         * Sets {@code pageSize}: default 10 (optional, greater than 0, at most 100, sent as {@code pageSize}). Checked by {@link #build()}.
         *
         * @param pageSize the value, or null to leave it unset
         * @return this builder
         */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
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
        public EarnLoanLiquidationRequest build() {
            return new EarnLoanLiquidationRequest(orderId, loanCoin, pledgeCoin, status, startTime, endTime, pageNo, pageSize, extraParams);
        }
    }
}
