// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of past Stock+ orders; all optional. Build it with {@link #builder()}.
 *
 * @param symbol optional; e.g. AAPL.US.
 * @param status optional; one order state, or several comma-separated, as Bitget names them.
 * @param side optional; Buy or Sell.
 * @param market optional; market, e.g. US.
 * @param startAt optional; earliest order, as Bitget counts time (presumably Unix milliseconds).
 * @param endAt optional; latest order, same unit.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusHistoryOrdersRequest(
        @Nullable String symbol,
        @Nullable String status,
        @Nullable UtaStockPlusSide side,
        @Nullable String market,
        @Nullable Long startAt,
        @Nullable Long endAt,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "status", "side", "market", "startAt", "endAt");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusHistoryOrdersRequest {
        Require.knownIfPresent(side, "side");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusHistoryOrdersRequest(@Nullable String symbol, @Nullable String status, @Nullable UtaStockPlusSide side, @Nullable String market, @Nullable Long startAt, @Nullable Long endAt) {
        this(symbol, status, side, market, startAt, endAt, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusHistoryOrdersRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusHistoryOrdersRequest(symbol, status, side, market, startAt, endAt, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable String status;
        private @Nullable UtaStockPlusSide side;
        private @Nullable String market;
        private @Nullable Long startAt;
        private @Nullable Long endAt;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. AAPL.US. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** one order state, or several comma-separated, as Bitget names them. Optional. */
        public Builder status(@Nullable String status) {
            this.status = status;
            return this;
        }

        /** Buy or Sell. Optional. */
        public Builder side(@Nullable UtaStockPlusSide side) {
            this.side = side;
            return this;
        }

        /** market, e.g. US. Optional. */
        public Builder market(@Nullable String market) {
            this.market = market;
            return this;
        }

        /** earliest order, as Bitget counts time (presumably Unix milliseconds). Optional. */
        public Builder startAt(@Nullable Long startAt) {
            this.startAt = startAt;
            return this;
        }

        /** latest order, same unit. Optional. */
        public Builder endAt(@Nullable Long endAt) {
            this.endAt = endAt;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaStockPlusHistoryOrdersRequest build() {
            return new UtaStockPlusHistoryOrdersRequest(symbol, status, side, market, startAt, endAt, extraParams);
        }
    }
}
