// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the main/sub transfer history; all optional. Build it with {@link #builder()}.
 *
 * @param subUid optional; one sub-account; unset for the main account.
 * @param role optional; sent (Bitget's default) or received transfers.
 * @param coin optional; e.g. USDT.
 * @param startTime optional; span at most 90 days.
 * @param endTime optional
 * @param clientOid optional; your id of one transfer.
 * @param limit optional; page size (Bitget's default 100).
 * @param cursor optional; paging: the cursor of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubTransferRecordsRequest(
        @Nullable String subUid,
        @Nullable UtaTransferRole role,
        @Nullable String coin,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable String clientOid,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "role", "coin", "startTime", "endTime", "clientOid", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSubTransferRecordsRequest {
        Require.knownIfPresent(role, "role");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSubTransferRecordsRequest(@Nullable String subUid, @Nullable UtaTransferRole role, @Nullable String coin, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable String clientOid, @Nullable Integer limit, @Nullable String cursor) {
        this(subUid, role, coin, startTime, endTime, clientOid, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSubTransferRecordsRequest withExtraParam(String name, Object value) {
        return new UtaSubTransferRecordsRequest(subUid, role, coin, startTime, endTime, clientOid, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** The latest transfers of the main account, first page. */
    public static UtaSubTransferRecordsRequest all() {
        return new UtaSubTransferRecordsRequest(null, null, null, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subUid;
        private @Nullable UtaTransferRole role;
        private @Nullable String coin;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String clientOid;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** one sub-account; unset for the main account. Optional. */
        public Builder subUid(@Nullable String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** sent (Bitget's default) or received transfers. Optional. */
        public Builder role(@Nullable UtaTransferRole role) {
            this.role = role;
            return this;
        }

        /** e.g. USDT. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** span at most 90 days. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
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

        /** paging: the cursor of the previous page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaSubTransferRecordsRequest build() {
            return new UtaSubTransferRecordsRequest(subUid, role, coin, startTime, endTime, clientOid, limit, cursor, extraParams);
        }
    }
}
