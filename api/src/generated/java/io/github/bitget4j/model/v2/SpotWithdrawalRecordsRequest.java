// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the withdrawal record query. Build it with {@link #builder()}.
 *
 * @param coin optional; e.g. USDT.
 * @param clientOid optional; one withdrawal by your id; other filters are then ignored.
 * @param startTime required
 * @param endTime required
 * @param idLessThan optional; paging: only withdrawals older than this orderId.
 * @param orderId optional; one withdrawal by Bitget's id; other filters are then ignored.
 * @param limit optional; page size (Bitget's default 20).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotWithdrawalRecordsRequest(
        @Nullable String coin,
        @Nullable String clientOid,
        Instant startTime,
        Instant endTime,
        @Nullable String idLessThan,
        @Nullable String orderId,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "clientOid", "startTime", "endTime", "idLessThan", "orderId", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotWithdrawalRecordsRequest {
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotWithdrawalRecordsRequest(@Nullable String coin, @Nullable String clientOid, Instant startTime, Instant endTime, @Nullable String idLessThan, @Nullable String orderId, @Nullable Integer limit) {
        this(coin, clientOid, startTime, endTime, idLessThan, orderId, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotWithdrawalRecordsRequest withExtraParam(String name, Object value) {
        return new SpotWithdrawalRecordsRequest(coin, clientOid, startTime, endTime, idLessThan, orderId, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets startTime, endTime; the rest stay unset. */
    public static SpotWithdrawalRecordsRequest of(Instant startTime, Instant endTime) {
        return new SpotWithdrawalRecordsRequest(null, null, startTime, endTime, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String coin;
        private @Nullable String clientOid;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String idLessThan;
        private @Nullable String orderId;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. USDT. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** one withdrawal by your id; other filters are then ignored. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** Sets startTime. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Required. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** paging: only withdrawals older than this orderId. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** one withdrawal by Bitget's id; other filters are then ignored. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
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
        public SpotWithdrawalRecordsRequest build() {
            return new SpotWithdrawalRecordsRequest(coin, clientOid, startTime, endTime, idLessThan, orderId, limit, extraParams);
        }
    }
}
