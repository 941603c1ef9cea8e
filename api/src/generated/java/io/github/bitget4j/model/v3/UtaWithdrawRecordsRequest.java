// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the withdrawal history. Build it with {@link #builder()}.
 *
 * @param startTime required; earliest withdrawal.
 * @param endTime required; latest withdrawal.
 * @param coin optional; e.g. USDT; unset for all.
 * @param orderId optional; one withdrawal, by Bitget's id (wins over clientOid).
 * @param clientOid optional; one withdrawal, by your id.
 * @param limit optional; page size (Bitget's default 20).
 * @param cursor optional; paging: the smallest orderId of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaWithdrawRecordsRequest(
        Instant startTime,
        Instant endTime,
        @Nullable String coin,
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "coin", "orderId", "clientOid", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaWithdrawRecordsRequest {
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaWithdrawRecordsRequest(Instant startTime, Instant endTime, @Nullable String coin, @Nullable String orderId, @Nullable String clientOid, @Nullable Integer limit, @Nullable String cursor) {
        this(startTime, endTime, coin, orderId, clientOid, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaWithdrawRecordsRequest withExtraParam(String name, Object value) {
        return new UtaWithdrawRecordsRequest(startTime, endTime, coin, orderId, clientOid, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Sets startTime, endTime; the rest stay unset. */
    public static UtaWithdrawRecordsRequest of(Instant startTime, Instant endTime) {
        return new UtaWithdrawRecordsRequest(startTime, endTime, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String coin;
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** earliest withdrawal. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest withdrawal. Required. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** e.g. USDT; unset for all. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** one withdrawal, by Bitget's id (wins over clientOid). Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** one withdrawal, by your id. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** page size (Bitget's default 20). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** paging: the smallest orderId of the previous page. Optional. */
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
        public UtaWithdrawRecordsRequest build() {
            return new UtaWithdrawRecordsRequest(startTime, endTime, coin, orderId, clientOid, limit, cursor, extraParams);
        }
    }
}
