// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginType required; crossed or isolated.
 * @param type optional; default place_order.
 * @param symbol optional; place_order only; unset for all.
 * @param fromCoin optional; swap only.
 * @param toCoin optional; swap only.
 * @param startTime optional
 * @param endTime optional; at most 90 days after startTime.
 * @param limit optional
 * @param idLessThan optional; idLessThan of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginLiquidationOrdersRequest(
        @PathParam("marginType") MarginMode marginType,
        @Nullable MarginLiquidationOrderType type,
        @Nullable String symbol,
        @Nullable String fromCoin,
        @Nullable String toCoin,
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "type", "symbol", "fromCoin", "toCoin", "startTime", "endTime", "limit", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public MarginLiquidationOrdersRequest {
        Require.known(marginType, "marginType");
        Require.knownIfPresent(type, "type");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public MarginLiquidationOrdersRequest(MarginMode marginType, @Nullable MarginLiquidationOrderType type, @Nullable String symbol, @Nullable String fromCoin, @Nullable String toCoin, @Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String idLessThan) {
        this(marginType, type, symbol, fromCoin, toCoin, startTime, endTime, limit, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public MarginLiquidationOrdersRequest withExtraParam(String name, Object value) {
        return new MarginLiquidationOrdersRequest(marginType, type, symbol, fromCoin, toCoin, startTime, endTime, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /** Sets marginType; the rest stay unset. */
    public static MarginLiquidationOrdersRequest of(MarginMode marginType) {
        return new MarginLiquidationOrdersRequest(marginType, null, null, null, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable MarginMode marginType;
        private @Nullable MarginLiquidationOrderType type;
        private @Nullable String symbol;
        private @Nullable String fromCoin;
        private @Nullable String toCoin;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** crossed or isolated. Required. */
        public Builder marginType(MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /** default place_order. Optional. */
        public Builder type(@Nullable MarginLiquidationOrderType type) {
            this.type = type;
            return this;
        }

        /** place_order only; unset for all. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** swap only. Optional. */
        public Builder fromCoin(@Nullable String fromCoin) {
            this.fromCoin = fromCoin;
            return this;
        }

        /** swap only. Optional. */
        public Builder toCoin(@Nullable String toCoin) {
            this.toCoin = toCoin;
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

        /** Sets limit. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** idLessThan of the previous page. Optional. */
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
        public MarginLiquidationOrdersRequest build() {
            return new MarginLiquidationOrdersRequest(marginType, type, symbol, fromCoin, toCoin, startTime, endTime, limit, idLessThan, extraParams);
        }
    }
}
