// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One order of a V3 batch modification. Build it with {@link #builder()}.
 *
 * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
 * @param clientOid your id (optional, sent as {@code clientOid})
 * @param qty new quantity (not below the filled quantity) (optional, greater than 0, sent as {@code qty})
 * @param price new limit price (optional, greater than 0, sent as {@code price})
 * @param autoCancel cancel the order if the change fails (Bitget's default no) (optional, sent as {@code autoCancel})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBatchModifyItem(
        @Nullable String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal qty,
        @Nullable BigDecimal price,
        @Nullable UtaAutoCancel autoCancel,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "clientOid", "qty", "price", "autoCancel");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBatchModifyItem {
        Require.positiveIfPresent(qty, "qty");
        Require.positiveIfPresent(price, "price");
        Require.knownIfPresent(autoCancel, "autoCancel");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @param qty new quantity (not below the filled quantity) (optional, greater than 0, sent as {@code qty})
     * @param price new limit price (optional, greater than 0, sent as {@code price})
     * @param autoCancel cancel the order if the change fails (Bitget's default no) (optional, sent as {@code autoCancel})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBatchModifyItem(@Nullable String orderId, @Nullable String clientOid, @Nullable BigDecimal qty, @Nullable BigDecimal price, @Nullable UtaAutoCancel autoCancel) {
        this(orderId, clientOid, qty, price, autoCancel, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaBatchModifyItem withExtraParam(String name, Object value) {
        return new UtaBatchModifyItem(orderId, clientOid, qty, price, autoCancel, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets orderId, qty, price; the rest stay unset.
     *
     * @param orderId Bitget's id; this or clientOid is required, orderId wins when both are set (optional, sent as {@code orderId})
     * @param qty new quantity (not below the filled quantity) (optional, greater than 0, sent as {@code qty})
     * @param price new limit price (optional, greater than 0, sent as {@code price})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaBatchModifyItem byOrderId(String orderId, BigDecimal qty, BigDecimal price) {
        return new UtaBatchModifyItem(Require.text(orderId, "orderId"), null, Require.present(qty, "qty"), Require.present(price, "price"), null, Map.of());
    }

    /**
     * Sets clientOid, qty, price; the rest stay unset.
     *
     * @param clientOid your id (optional, sent as {@code clientOid})
     * @param qty new quantity (not below the filled quantity) (optional, greater than 0, sent as {@code qty})
     * @param price new limit price (optional, greater than 0, sent as {@code price})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaBatchModifyItem byClientOid(String clientOid, BigDecimal qty, BigDecimal price) {
        return new UtaBatchModifyItem(null, Require.text(clientOid, "clientOid"), Require.present(qty, "qty"), Require.present(price, "price"), null, Map.of());
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
        private @Nullable BigDecimal qty;
        private @Nullable BigDecimal price;
        private @Nullable UtaAutoCancel autoCancel;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
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
         * Sets {@code qty}: new quantity (not below the filled quantity) (optional, greater than 0, sent as {@code qty}). Checked by {@link #build()}.
         *
         * @param qty the value, or null to leave it unset
         * @return this builder
         */
        public Builder qty(@Nullable BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /**
         * Sets {@code price}: new limit price (optional, greater than 0, sent as {@code price}). Checked by {@link #build()}.
         *
         * @param price the value, or null to leave it unset
         * @return this builder
         */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /**
         * Sets {@code autoCancel}: cancel the order if the change fails (Bitget's default no) (optional, sent as {@code autoCancel}). Checked by {@link #build()}.
         *
         * @param autoCancel the value, or null to leave it unset
         * @return this builder
         */
        public Builder autoCancel(@Nullable UtaAutoCancel autoCancel) {
            this.autoCancel = autoCancel;
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
        public UtaBatchModifyItem build() {
            return new UtaBatchModifyItem(orderId, clientOid, qty, price, autoCancel, extraParams);
        }
    }
}
