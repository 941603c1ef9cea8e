// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param productId required
 * @param orderId optional; the holding to redeem, for fixed-term products.
 * @param periodType required
 * @param amount required
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnSavingsRedeemRequest(
        String productId,
        @Nullable String orderId,
        EarnPeriodType periodType,
        BigDecimal amount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId", "orderId", "periodType", "amount");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnSavingsRedeemRequest {
        Require.text(productId, "productId");
        Require.known(periodType, "periodType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnSavingsRedeemRequest(String productId, @Nullable String orderId, EarnPeriodType periodType, BigDecimal amount) {
        this(productId, orderId, periodType, amount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnSavingsRedeemRequest withExtraParam(String name, Object value) {
        return new EarnSavingsRedeemRequest(productId, orderId, periodType, amount, Require.withExtra(extraParams, name, value));
    }

    /** Sets productId, periodType, amount; the rest stay unset. */
    public static EarnSavingsRedeemRequest of(String productId, EarnPeriodType periodType, BigDecimal amount) {
        return new EarnSavingsRedeemRequest(productId, null, periodType, amount, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String productId;
        private @Nullable String orderId;
        private @Nullable EarnPeriodType periodType;
        private @Nullable BigDecimal amount;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets productId. Required. */
        public Builder productId(String productId) {
            this.productId = productId;
            return this;
        }

        /** the holding to redeem, for fixed-term products. Optional. */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** Sets periodType. Required. */
        public Builder periodType(EarnPeriodType periodType) {
            this.periodType = periodType;
            return this;
        }

        /** Sets amount. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public EarnSavingsRedeemRequest build() {
            return new EarnSavingsRedeemRequest(productId, orderId, periodType, amount, extraParams);
        }
    }
}
