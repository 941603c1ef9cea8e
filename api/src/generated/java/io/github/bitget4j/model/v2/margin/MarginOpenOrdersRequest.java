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
 * @param symbol required
 * @param orderId optional
 * @param clientOid optional
 * @param startTime required
 * @param endTime optional
 * @param limit optional; default 100.
 * @param idLessThan optional; minId of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginOpenOrdersRequest(
        @PathParam("marginType") MarginMode marginType,
        String symbol,
        @Nullable String orderId,
        @Nullable String clientOid,
        Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "orderId", "clientOid", "startTime", "endTime", "limit", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public MarginOpenOrdersRequest {
        Require.known(marginType, "marginType");
        Require.text(symbol, "symbol");
        Require.present(startTime, "startTime");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public MarginOpenOrdersRequest(MarginMode marginType, String symbol, @Nullable String orderId, @Nullable String clientOid, Instant startTime, @Nullable Instant endTime, @Nullable Integer limit, @Nullable String idLessThan) {
        this(marginType, symbol, orderId, clientOid, startTime, endTime, limit, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public MarginOpenOrdersRequest withExtraParam(String name, Object value) {
        return new MarginOpenOrdersRequest(marginType, symbol, orderId, clientOid, startTime, endTime, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable MarginMode marginType;
        private @Nullable String symbol;
        private @Nullable String orderId;
        private @Nullable String clientOid;
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

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets orderId. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** Sets clientOid. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** Sets startTime. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** default 100. Optional. */
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
        public MarginOpenOrdersRequest build() {
            return new MarginOpenOrdersRequest(marginType, symbol, orderId, clientOid, startTime, endTime, limit, idLessThan, extraParams);
        }
    }
}
