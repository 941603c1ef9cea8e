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
 * @param category SPOT or MARGIN (optional, sent as {@code category})
 * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCancelRealityOrderRequest(
        @Nullable Category category,
        String symbol,
        @Nullable String orderId,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "orderId", "clientOid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCancelRealityOrderRequest {
        Require.knownIfPresent(category, "category");
        Require.text(symbol, "symbol");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param category SPOT or MARGIN (optional, sent as {@code category})
     * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
     * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCancelRealityOrderRequest(@Nullable Category category, String symbol, @Nullable String orderId, @Nullable String clientOid) {
        this(category, symbol, orderId, clientOid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaCancelRealityOrderRequest withExtraParam(String name, Object value) {
        return new UtaCancelRealityOrderRequest(category, symbol, orderId, clientOid, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets symbol, orderId; the rest stay unset.
     *
     * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
     * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaCancelRealityOrderRequest byOrderId(String symbol, String orderId) {
        return new UtaCancelRealityOrderRequest(null, symbol, Require.text(orderId, "orderId"), null, Map.of());
    }

    /**
     * Sets symbol, clientOid; the rest stay unset.
     *
     * @param symbol e.g. rAAPLUSDT (required, sent as {@code symbol})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaCancelRealityOrderRequest byClientOid(String symbol, String clientOid) {
        return new UtaCancelRealityOrderRequest(null, symbol, null, Require.text(clientOid, "clientOid"), Map.of());
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
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable String orderId;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code category}: SPOT or MARGIN (optional, sent as {@code category}). Checked by {@link #build()}.
         *
         * @param category the value, or null to leave it unset
         * @return this builder
         */
        public Builder category(@Nullable Category category) {
            this.category = category;
            return this;
        }

        /**
         * Sets {@code symbol}: e.g. rAAPLUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code orderId}: Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId}). Checked by {@link #build()}.
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
        public UtaCancelRealityOrderRequest build() {
            return new UtaCancelRealityOrderRequest(category, symbol, orderId, clientOid, extraParams);
        }
    }
}
