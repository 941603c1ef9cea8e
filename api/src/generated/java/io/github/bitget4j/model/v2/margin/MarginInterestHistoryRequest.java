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
 * @param symbol optional; required for isolated, ignored for crossed.
 * @param coin optional
 * @param startTime required
 * @param endTime optional; at most 90 days after startTime.
 * @param limit optional
 * @param idLessThan optional; minId of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginInterestHistoryRequest(
        @PathParam("marginType") MarginMode marginType,
        @Nullable String symbol,
        @Nullable String coin,
        Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "coin", "startTime", "endTime", "limit", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public MarginInterestHistoryRequest {
        Require.known(marginType, "marginType");
        Require.present(startTime, "startTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        Require.requiredWhen(marginType == MarginMode.ISOLATED, symbol, "symbol is required when marginType is isolated");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public MarginInterestHistoryRequest(MarginMode marginType, @Nullable String symbol, @Nullable String coin, Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String idLessThan) {
        this(marginType, symbol, coin, startTime, endTime, limit, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public MarginInterestHistoryRequest withExtraParam(String name, Object value) {
        return new MarginInterestHistoryRequest(marginType, symbol, coin, startTime, endTime, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable MarginMode marginType;
        private @Nullable String symbol;
        private @Nullable String coin;
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

        /** required for isolated, ignored for crossed. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets coin. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** Sets startTime. Required. */
        public Builder startTime(Instant startTime) {
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

        /** minId of the previous page. Optional. */
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
        public MarginInterestHistoryRequest build() {
            return new MarginInterestHistoryRequest(marginType, symbol, coin, startTime, endTime, limit, idLessThan, extraParams);
        }
    }
}
