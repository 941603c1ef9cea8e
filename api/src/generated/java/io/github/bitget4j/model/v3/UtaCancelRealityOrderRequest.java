// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Cancels one V3 Reality stock token order. Build it with {@link #builder()}.
 *
 * @param category optional; SPOT or MARGIN.
 * @param symbol required; e.g. rAAPLUSDT.
 * @param orderId optional; Bitget's id; this or clientOid is required, orderId wins when both are set.
 * @param clientOid optional; your id.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCancelRealityOrderRequest(
        @Nullable Category category,
        String symbol,
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "orderId", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCancelRealityOrderRequest {
        Require.knownIfPresent(category, "category");
        Require.text(symbol, "symbol");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCancelRealityOrderRequest(@Nullable Category category, String symbol, @Nullable String orderId, @Nullable String clientOid) {
        this(category, symbol, orderId, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCancelRealityOrderRequest withExtraParam(String name, Object value) {
        return new UtaCancelRealityOrderRequest(category, symbol, orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** Sets symbol, orderId; the rest stay unset. */
    public static UtaCancelRealityOrderRequest byOrderId(String symbol, String orderId) {
        return new UtaCancelRealityOrderRequest(null, symbol, Require.text(orderId, "orderId"), null, Map.of());
    }

    /** Sets symbol, clientOid; the rest stay unset. */
    public static UtaCancelRealityOrderRequest byClientOid(String symbol, String clientOid) {
        return new UtaCancelRealityOrderRequest(null, symbol, null, Require.text(clientOid, "clientOid"), Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** SPOT or MARGIN. Optional. */
        public Builder category(@Nullable Category category) {
            this.category = category;
            return this;
        }

        /** e.g. rAAPLUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Bitget's id; this or clientOid is required, orderId wins when both are set. Optional. */
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
        public UtaCancelRealityOrderRequest build() {
            return new UtaCancelRealityOrderRequest(category, symbol, orderId, clientOid, extraParams);
        }
    }
}
