// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of a sub-account's deposit history. Build it with {@link #builder()}.
 *
 * @param subUid required; the sub-account's uid.
 * @param startTime required; earliest deposit.
 * @param endTime required; latest deposit.
 * @param coin optional; e.g. USDT; unset for all.
 * @param limit optional; page size (Bitget's default 20).
 * @param cursor optional; paging: the smallest orderId of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubDepositRecordsRequest(
        String subUid,
        Instant startTime,
        Instant endTime,
        @Nullable String coin,
        @Nullable Integer limit,
        @Nullable String cursor,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "startTime", "endTime", "coin", "limit", "cursor");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSubDepositRecordsRequest {
        Require.text(subUid, "subUid");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "100");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSubDepositRecordsRequest(String subUid, Instant startTime, Instant endTime, @Nullable String coin, @Nullable Integer limit, @Nullable String cursor) {
        this(subUid, startTime, endTime, coin, limit, cursor, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSubDepositRecordsRequest withExtraParam(String name, Object value) {
        return new UtaSubDepositRecordsRequest(subUid, startTime, endTime, coin, limit, cursor, Require.withExtra(extraParams, name, value));
    }

    /** Sets subUid, startTime, endTime; the rest stay unset. */
    public static UtaSubDepositRecordsRequest of(String subUid, Instant startTime, Instant endTime) {
        return new UtaSubDepositRecordsRequest(subUid, startTime, endTime, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subUid;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String coin;
        private @Nullable Integer limit;
        private @Nullable String cursor;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the sub-account's uid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** earliest deposit. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest deposit. Required. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** e.g. USDT; unset for all. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
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
        public UtaSubDepositRecordsRequest build() {
            return new UtaSubDepositRecordsRequest(subUid, startTime, endTime, coin, limit, cursor, extraParams);
        }
    }
}
