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
 * @param productId product id (required, sent as {@code productId})
 * @param orderId the holding to redeem, for fixed-term products (optional, sent as {@code orderId})
 * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
 * @param amount amount, decimal (required, greater than 0, sent as {@code amount})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnSavingsRedeemRequest(
        String productId,
        @Nullable String orderId,
        EarnPeriodType periodType,
        BigDecimal amount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId", "orderId", "periodType", "amount");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSavingsRedeemRequest {
        Require.text(productId, "productId");
        Require.known(periodType, "periodType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param productId product id (required, sent as {@code productId})
     * @param orderId the holding to redeem, for fixed-term products (optional, sent as {@code orderId})
     * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
     * @param amount amount, decimal (required, greater than 0, sent as {@code amount})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnSavingsRedeemRequest(String productId, @Nullable String orderId, EarnPeriodType periodType, BigDecimal amount) {
        this(productId, orderId, periodType, amount, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnSavingsRedeemRequest withExtraParam(String name, Object value) {
        return new EarnSavingsRedeemRequest(productId, orderId, periodType, amount, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets productId, periodType, amount; the rest stay unset.
     *
     * @param productId product id (required, sent as {@code productId})
     * @param periodType period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType})
     * @param amount amount, decimal (required, greater than 0, sent as {@code amount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static EarnSavingsRedeemRequest of(String productId, EarnPeriodType periodType, BigDecimal amount) {
        return new EarnSavingsRedeemRequest(productId, null, periodType, amount, Map.of());
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
        private @Nullable String productId;
        private @Nullable String orderId;
        private @Nullable EarnPeriodType periodType;
        private @Nullable BigDecimal amount;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code productId}: product id (required, sent as {@code productId}). Checked by {@link #build()}.
         *
         * @param productId the value
         * @return this builder
         */
        public Builder productId(String productId) {
            this.productId = productId;
            return this;
        }

        /**
         * Sets {@code orderId}: the holding to redeem, for fixed-term products (optional, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderId(@Nullable String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code periodType}: period type, one of {@code flexible}, {@code fixed} (required, sent as {@code periodType}). Checked by {@link #build()}.
         *
         * @param periodType the value
         * @return this builder
         */
        public Builder periodType(EarnPeriodType periodType) {
            this.periodType = periodType;
            return this;
        }

        /**
         * Sets {@code amount}: amount, decimal (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
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
        public EarnSavingsRedeemRequest build() {
            return new EarnSavingsRedeemRequest(productId, orderId, periodType, amount, extraParams);
        }
    }
}
