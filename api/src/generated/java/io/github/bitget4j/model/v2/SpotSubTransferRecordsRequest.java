// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 main/sub transfer record query; all optional. Build it with {@link #builder()}.
 *
 * @param coin optional; e.g. USDT.
 * @param role optional; initiator (default) or receiver.
 * @param subUid optional; one sub-account; unset for transfers of the main account.
 * @param startTime optional
 * @param endTime optional; at most 90 days after startTime.
 * @param clientOid optional; your id of one transfer.
 * @param limit optional; page size (Bitget's default 100).
 * @param idLessThan optional; paging: only transfers older than this transferId.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotSubTransferRecordsRequest(
        @Nullable String coin,
        @Nullable SpotTransferRole role,
        @Nullable String subUid,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable String clientOid,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "role", "subUid", "startTime", "endTime", "clientOid", "limit", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotSubTransferRecordsRequest {
        Require.knownIfPresent(role, "role");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotSubTransferRecordsRequest(@Nullable String coin, @Nullable SpotTransferRole role, @Nullable String subUid, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable String clientOid, @Nullable Integer limit, @Nullable String idLessThan) {
        this(coin, role, subUid, startTime, endTime, clientOid, limit, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotSubTransferRecordsRequest withExtraParam(String name, Object value) {
        return new SpotSubTransferRecordsRequest(coin, role, subUid, startTime, endTime, clientOid, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /** Sets ; the rest stay unset. */
    public static SpotSubTransferRecordsRequest all() {
        return new SpotSubTransferRecordsRequest(null, null, null, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String coin;
        private @Nullable SpotTransferRole role;
        private @Nullable String subUid;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String clientOid;
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

        /** initiator (default) or receiver. Optional. */
        public Builder role(@Nullable SpotTransferRole role) {
            this.role = role;
            return this;
        }

        /** one sub-account; unset for transfers of the main account. Optional. */
        public Builder subUid(@Nullable String subUid) {
            this.subUid = subUid;
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

        /** your id of one transfer. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** page size (Bitget's default 100). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: only transfers older than this transferId. Optional. */
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
        public SpotSubTransferRecordsRequest build() {
            return new SpotSubTransferRecordsRequest(coin, role, subUid, startTime, endTime, clientOid, limit, idLessThan, extraParams);
        }
    }
}
