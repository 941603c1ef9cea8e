// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters of the cash flow query. Build it with {@link #builder()}.
 *
 * @param startTime required; earliest movement, as Bitget counts time (presumably Unix milliseconds).
 * @param endTime required; latest movement, same unit.
 * @param businessType optional; kind of movement, as Bitget names them.
 * @param symbol optional; e.g. AAPL.US.
 * @param page optional; page number, from 1.
 * @param size optional; page size.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaStockPlusCashFlowRequest(
        Long startTime,
        Long endTime,
        @Nullable String businessType,
        @Nullable String symbol,
        @Nullable Integer page,
        @Nullable Integer size,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "businessType", "symbol", "page", "size");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaStockPlusCashFlowRequest {
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(page, "page");
        Require.positiveIfPresent(size, "size");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaStockPlusCashFlowRequest(Long startTime, Long endTime, @Nullable String businessType, @Nullable String symbol, @Nullable Integer page, @Nullable Integer size) {
        this(startTime, endTime, businessType, symbol, page, size, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaStockPlusCashFlowRequest withExtraParam(String name, Object value) {
        return new UtaStockPlusCashFlowRequest(startTime, endTime, businessType, symbol, page, size, Require.withExtra(extraParams, name, value));
    }

    /** Sets startTime, endTime; the rest stay unset. */
    public static UtaStockPlusCashFlowRequest of(Long startTime, Long endTime) {
        return new UtaStockPlusCashFlowRequest(startTime, endTime, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Long startTime;
        private @Nullable Long endTime;
        private @Nullable String businessType;
        private @Nullable String symbol;
        private @Nullable Integer page;
        private @Nullable Integer size;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** earliest movement, as Bitget counts time (presumably Unix milliseconds). Required. */
        public Builder startTime(Long startTime) {
            this.startTime = startTime;
            return this;
        }

        /** latest movement, same unit. Required. */
        public Builder endTime(Long endTime) {
            this.endTime = endTime;
            return this;
        }

        /** kind of movement, as Bitget names them. Optional. */
        public Builder businessType(@Nullable String businessType) {
            this.businessType = businessType;
            return this;
        }

        /** e.g. AAPL.US. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** page number, from 1. Optional. */
        public Builder page(@Nullable Integer page) {
            this.page = page;
            return this;
        }

        /** page size. Optional. */
        public Builder size(@Nullable Integer size) {
            this.size = size;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaStockPlusCashFlowRequest build() {
            return new UtaStockPlusCashFlowRequest(startTime, endTime, businessType, symbol, page, size, extraParams);
        }
    }
}
