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
 * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param requestTime when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as {@code requestTime})
 * @param receiveWindow how many milliseconds after requestTime the query may still be served (optional, sent as {@code receiveWindow})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotOrderInfoRequest(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable Long requestTime,
        @Nullable Long receiveWindow,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "requestTime", "receiveWindow");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotOrderInfoRequest {
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @param requestTime when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as {@code requestTime})
     * @param receiveWindow how many milliseconds after requestTime the query may still be served (optional, sent as {@code receiveWindow})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotOrderInfoRequest(@Nullable String orderId, @Nullable String clientOid, @Nullable Long requestTime, @Nullable Long receiveWindow) {
        this(orderId, clientOid, requestTime, receiveWindow, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotOrderInfoRequest withExtraParam(String name, Object value) {
        return new SpotOrderInfoRequest(orderId, clientOid, requestTime, receiveWindow, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets orderId; the rest stay unset.
     *
     * @param orderId Bitget's id; this or clientOid is required (optional, sent as {@code orderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotOrderInfoRequest byOrderId(String orderId) {
        return new SpotOrderInfoRequest(Require.text(orderId, "orderId"), null, null, null, Map.of());
    }

    /**
     * Sets clientOid; the rest stay unset.
     *
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotOrderInfoRequest byClientOid(String clientOid) {
        return new SpotOrderInfoRequest(null, Require.text(clientOid, "clientOid"), null, null, Map.of());
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
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

        /**
         * Sets {@code orderId}: Bitget's id; this or clientOid is required (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code clientOid}: your id (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code requestTime}: when the request was made, Unix milliseconds (with receiveWindow) (optional, sent as {@code requestTime}). Checked by {@link #build()}.
         *
         * @param requestTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder requestTime(@Nullable Long requestTime) {
            this.requestTime = requestTime;
            return this;
        }

        /**
         * Sets {@code receiveWindow}: how many milliseconds after requestTime the query may still be served (optional, sent as {@code receiveWindow}). Checked by {@link #build()}.
         *
         * @param receiveWindow the value, or null to leave it unset
         * @return this builder
         */
        public Builder receiveWindow(@Nullable Long receiveWindow) {
            this.receiveWindow = receiveWindow;
            return this;
        }

        /**
         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
         *
         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})
         * @param value its value, sent as its text
         * @return this builder
         */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /**
         * Checks the parameters and makes the request.
         *
         * @return the request
         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
         */
        public SpotOrderInfoRequest build() {
            return new SpotOrderInfoRequest(orderId, clientOid, requestTime, receiveWindow, extraParams);
        }
    }
}
