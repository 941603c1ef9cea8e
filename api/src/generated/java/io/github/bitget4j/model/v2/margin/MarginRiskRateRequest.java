// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginType required; crossed or isolated.
 * @param symbol optional; isolated only: one symbol.
 * @param pageNum optional; isolated only, default 1.
 * @param pageSize optional; isolated only, default 100.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginRiskRateRequest(
        @PathParam("marginType") MarginMode marginType,
        @Nullable String symbol,
        @Nullable Integer pageNum,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "pageNum", "pageSize");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public MarginRiskRateRequest {
        Require.known(marginType, "marginType");
        Require.positiveIfPresent(pageNum, "pageNum");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public MarginRiskRateRequest(MarginMode marginType, @Nullable String symbol, @Nullable Integer pageNum, @Nullable Integer pageSize) {
        this(marginType, symbol, pageNum, pageSize, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public MarginRiskRateRequest withExtraParam(String name, Object value) {
        return new MarginRiskRateRequest(marginType, symbol, pageNum, pageSize, Require.withExtra(extraParams, name, value));
    }

    /** Sets marginType; the rest stay unset. */
    public static MarginRiskRateRequest of(MarginMode marginType) {
        return new MarginRiskRateRequest(marginType, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable MarginMode marginType;
        private @Nullable String symbol;
        private @Nullable Integer pageNum;
        private @Nullable Integer pageSize;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** crossed or isolated. Required. */
        public Builder marginType(MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /** isolated only: one symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** isolated only, default 1. Optional. */
        public Builder pageNum(@Nullable Integer pageNum) {
            this.pageNum = pageNum;
            return this;
        }

        /** isolated only, default 100. Optional. */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public MarginRiskRateRequest build() {
            return new MarginRiskRateRequest(marginType, symbol, pageNum, pageSize, extraParams);
        }
    }
}
