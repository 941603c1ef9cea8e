// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Looks up one V2 spot order. Build it with {@link #builder()}.
 *
 * @param orderId optional; Bitget's id; this or clientOid is required.
 * @param clientOid optional; your id.
 * @param requestTime optional; when the request was made, Unix milliseconds (with receiveWindow).
 * @param receiveWindow optional; how many milliseconds after requestTime the query may still be served.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotOrderInfoRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable Long requestTime,
        @Nullable Long receiveWindow,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "requestTime", "receiveWindow");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public SpotOrderInfoRequest {
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public SpotOrderInfoRequest(@Nullable String orderId, @Nullable String clientOid, @Nullable Long requestTime, @Nullable Long receiveWindow) {
        this(orderId, clientOid, requestTime, receiveWindow, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotOrderInfoRequest withExtraParam(String name, Object value) {
        return new SpotOrderInfoRequest(orderId, clientOid, requestTime, receiveWindow, Require.withExtra(extraParams, name, value));
    }

    /** Sets orderId; the rest stay unset. */
    public static SpotOrderInfoRequest byOrderId(String orderId) {
        return new SpotOrderInfoRequest(Require.text(orderId, "orderId"), null, null, null, Map.of());
    }

    /** Sets clientOid; the rest stay unset. */
    public static SpotOrderInfoRequest byClientOid(String clientOid) {
        return new SpotOrderInfoRequest(null, Require.text(clientOid, "clientOid"), null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private @Nullable Long requestTime;
        private @Nullable Long receiveWindow;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
        public SpotOrderInfoRequest build() {
            return new SpotOrderInfoRequest(orderId, clientOid, requestTime, receiveWindow, extraParams);
        }
    }
}
