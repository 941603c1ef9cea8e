// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot bills query; all optional. Build it with {@link #builder()}.
 *
 * @param coin optional; e.g. USDT.
 * @param groupType optional; deposit, withdraw, transaction, transfer, other, ...
 * @param businessType optional; e.g. deposit, withdraw, buy, sell, transfer-in, transfer-out.
 * @param startTime optional
 * @param endTime optional; at most 90 days after startTime.
 * @param limit optional; page size (Bitget's default 100).
 * @param idLessThan optional; paging: only entries older than this billId.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotBillsRequest(
        @Nullable String coin,
        @Nullable String groupType,
        @Nullable String businessType,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "groupType", "businessType", "startTime", "endTime", "limit", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotBillsRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotBillsRequest(@Nullable String coin, @Nullable String groupType, @Nullable String businessType, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String idLessThan) {
        this(coin, groupType, businessType, startTime, endTime, limit, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotBillsRequest withExtraParam(String name, Object value) {
        return new SpotBillsRequest(coin, groupType, businessType, startTime, endTime, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /** Sets ; the rest stay unset. */
    public static SpotBillsRequest all() {
        return new SpotBillsRequest(null, null, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String coin;
        private @Nullable String groupType;
        private @Nullable String businessType;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. USDT. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** deposit, withdraw, transaction, transfer, other, ... Optional. */
        public Builder groupType(@Nullable String groupType) {
            this.groupType = groupType;
            return this;
        }

        /** e.g. deposit, withdraw, buy, sell, transfer-in, transfer-out. Optional. */
        public Builder businessType(@Nullable String businessType) {
            this.businessType = businessType;
            return this;
        }

        /** Sets startTime. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** at most 90 days after startTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** page size (Bitget's default 100). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: only entries older than this billId. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotBillsRequest build() {
            return new SpotBillsRequest(coin, groupType, businessType, startTime, endTime, limit, idLessThan, extraParams);
        }
    }
}
