// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the sub-account deposit record query. Build it with {@link #builder()}.
 *
 * @param subUid required; the sub-account's user id.
 * @param coin optional; e.g. USDT.
 * @param startTime optional
 * @param endTime optional
 * @param idLessThan optional; paging: only deposits older than this orderId.
 * @param limit optional; page size (Bitget's default 20).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotSubDepositRecordsRequest(
        String subUid,
        @Nullable String coin,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "startTime", "endTime", "idLessThan", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotSubDepositRecordsRequest {
        Require.text(subUid, "subUid");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotSubDepositRecordsRequest(String subUid, @Nullable String coin, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable String idLessThan, @Nullable Integer limit) {
        this(subUid, coin, startTime, endTime, idLessThan, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotSubDepositRecordsRequest withExtraParam(String name, Object value) {
        return new SpotSubDepositRecordsRequest(subUid, coin, startTime, endTime, idLessThan, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets subUid; the rest stay unset. */
    public static SpotSubDepositRecordsRequest of(String subUid) {
        return new SpotSubDepositRecordsRequest(subUid, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subUid;
        private @Nullable String coin;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String idLessThan;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the sub-account's user id. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** e.g. USDT. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** Sets startTime. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** paging: only deposits older than this orderId. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** page size (Bitget's default 20). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotSubDepositRecordsRequest build() {
            return new SpotSubDepositRecordsRequest(subUid, coin, startTime, endTime, idLessThan, limit, extraParams);
        }
    }
}
