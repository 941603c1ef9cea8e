// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V2 spot open orders query; all optional. Build it with {@link #builder()}.
 *
 * @param symbol optional; e.g. BTCUSDT; unset for all.
 * @param startTime optional; earliest creation time, Unix milliseconds.
 * @param endTime optional; latest creation time, Unix milliseconds.
 * @param idLessThan optional; paging: only orders older than this order id (the last one of the previous page).
 * @param limit optional; page size (Bitget's default and maximum 100).
 * @param orderId optional; one order.
 * @param tpslType optional; normal (default) or tpsl.
 * @param requestTime optional; when the request was made, Unix milliseconds (with receiveWindow).
 * @param receiveWindow optional; how many milliseconds after requestTime the query may still be served.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotOpenOrdersRequest(
        @Nullable String symbol,
        @Nullable Long startTime,
        @Nullable Long endTime,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        @Nullable String orderId,
        @Nullable TpslType tpslType,
        @Nullable Long requestTime,
        @Nullable Long receiveWindow,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "startTime", "endTime", "idLessThan", "limit", "orderId", "tpslType", "requestTime", "receiveWindow");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotOpenOrdersRequest {
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(tpslType, "tpslType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotOpenOrdersRequest(@Nullable String symbol, @Nullable Long startTime, @Nullable Long endTime, @Nullable String idLessThan, @Nullable Integer limit, @Nullable String orderId, @Nullable TpslType tpslType, @Nullable Long requestTime, @Nullable Long receiveWindow) {
        this(symbol, startTime, endTime, idLessThan, limit, orderId, tpslType, requestTime, receiveWindow, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotOpenOrdersRequest withExtraParam(String name, Object value) {
        return new SpotOpenOrdersRequest(symbol, startTime, endTime, idLessThan, limit, orderId, tpslType, requestTime, receiveWindow, Require.withExtra(extraParams, name, value));
    }

    /** Every open order, first page. */
    public static SpotOpenOrdersRequest all() {
        return new SpotOpenOrdersRequest(null, null, null, null, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable String idLessThan;
        private @Nullable Integer limit;
        private @Nullable String orderId;
        private @Nullable TpslType tpslType;
        private @Nullable Long requestTime;
        private @Nullable Long receiveWindow;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. BTCUSDT; unset for all. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** earliest creation time, Unix milliseconds. Optional. */
        public Builder startTime(@Nullable Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest creation time, Unix milliseconds. Optional. */
        public Builder endTime(@Nullable Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** paging: only orders older than this order id (the last one of the previous page). Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** page size (Bitget's default and maximum 100). Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** one order. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** normal (default) or tpsl. Optional. */
        public Builder tpslType(@Nullable TpslType tpslType) {
            this.tpslType = tpslType;
            return this;
        }

        /** when the request was made, Unix milliseconds (with receiveWindow). Optional. */
        public Builder requestTime(@Nullable Long requestTime) {
            this.requestTime = requestTime;
            return this;
        }

        /** how many milliseconds after requestTime the query may still be served. Optional. */
        public Builder receiveWindow(@Nullable Long receiveWindow) {
            this.receiveWindow = receiveWindow;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotOpenOrdersRequest build() {
            return new SpotOpenOrdersRequest(symbol, startTime, endTime, idLessThan, limit, orderId, tpslType, requestTime, receiveWindow, extraParams);
        }
    }
}
