// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Cancels one V2 spot order. Build it with {@link #builder()}.
 *
 * @param symbol required; e.g. BTCUSDT.
 * @param tpslType optional; tpsl to cancel a take-profit/stop-loss order; unset for an ordinary one.
 * @param orderId optional; Bitget's id; this or clientOid is required.
 * @param clientOid optional; your id.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotCancelOrderRequest(
        String symbol,
        @Nullable TpslType tpslType,
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "tpslType", "orderId", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotCancelOrderRequest {
        Require.text(symbol, "symbol");
        Require.knownIfPresent(tpslType, "tpslType");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotCancelOrderRequest(String symbol, @Nullable TpslType tpslType, @Nullable String orderId, @Nullable String clientOid) {
        this(symbol, tpslType, orderId, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotCancelOrderRequest withExtraParam(String name, Object value) {
        return new SpotCancelOrderRequest(symbol, tpslType, orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, orderId; the rest stay unset. */
    public static SpotCancelOrderRequest byOrderId(String symbol, String orderId) {
        return new SpotCancelOrderRequest(symbol, null, Require.text(orderId, "orderId"), null, Map.of());
    }

    /** Sets symbol, clientOid; the rest stay unset. */
    public static SpotCancelOrderRequest byClientOid(String symbol, String clientOid) {
        return new SpotCancelOrderRequest(symbol, null, null, Require.text(clientOid, "clientOid"), Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable TpslType tpslType;
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** tpsl to cancel a take-profit/stop-loss order; unset for an ordinary one. Optional. */
        public Builder tpslType(@Nullable TpslType tpslType) {
            this.tpslType = tpslType;
            return this;
        }

        /** Bitget's id; this or clientOid is required. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** your id. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotCancelOrderRequest build() {
            return new SpotCancelOrderRequest(symbol, tpslType, orderId, clientOid, extraParams);
        }
    }
}
