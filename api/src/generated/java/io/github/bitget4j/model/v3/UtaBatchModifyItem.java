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
 * @param orderId optional; Bitget's id; this or clientOid is required, orderId wins when both are set.
 * @param clientOid optional; your id.
 * @param qty optional; new quantity (not below the filled quantity).
 * @param price optional; new limit price.
 * @param autoCancel optional; cancel the order if the change fails (Bitget's default no).
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaBatchModifyItem {
        Require.positiveIfPresent(qty, "qty");
        Require.positiveIfPresent(price, "price");
        Require.knownIfPresent(autoCancel, "autoCancel");
        Require.either(orderId, "orderId", clientOid, "clientOid");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaBatchModifyItem(@Nullable String orderId, @Nullable String clientOid, @Nullable BigDecimal qty, @Nullable BigDecimal price, @Nullable UtaAutoCancel autoCancel) {
        this(orderId, clientOid, qty, price, autoCancel, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaBatchModifyItem withExtraParam(String name, Object value) {
        return new UtaBatchModifyItem(orderId, clientOid, qty, price, autoCancel, Require.withExtra(extraParams, name, value));
    }

    /** Sets orderId, qty, price; the rest stay unset. */
    public static UtaBatchModifyItem byOrderId(String orderId, BigDecimal qty, BigDecimal price) {
        return new UtaBatchModifyItem(Require.text(orderId, "orderId"), null, Require.present(qty, "qty"), Require.present(price, "price"), null, Map.of());
    }

    /** Sets clientOid, qty, price; the rest stay unset. */
    public static UtaBatchModifyItem byClientOid(String clientOid, BigDecimal qty, BigDecimal price) {
        return new UtaBatchModifyItem(null, Require.text(clientOid, "clientOid"), Require.present(qty, "qty"), Require.present(price, "price"), null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** new quantity (not below the filled quantity). Optional. */
        public Builder qty(@Nullable BigDecimal qty) {
            this.qty = qty;
            return this;
        }

        /** new limit price. Optional. */
        public Builder price(@Nullable BigDecimal price) {
            this.price = price;
            return this;
        }

        /** cancel the order if the change fails (Bitget's default no). Optional. */
        public Builder autoCancel(@Nullable UtaAutoCancel autoCancel) {
            this.autoCancel = autoCancel;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaBatchModifyItem build() {
            return new UtaBatchModifyItem(orderId, clientOid, qty, price, autoCancel, extraParams);
        }
    }
}
