// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
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
 * @param orderId Bitget's order ID (required, sent as {@code orderId})
 * @param amount collateral to add or withdraw (required, greater than 0, sent as {@code amount})
 * @param pledgeCoin pledge coin (required, sent as {@code pledgeCoin})
 * @param reviseType revise type, one of {@code IN}, {@code OUT} (required, sent as {@code reviseType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnLoanRevisePledgeRequest(
        String orderId,
        BigDecimal amount,
        String pledgeCoin,
        EarnLoanReviseType reviseType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "amount", "pledgeCoin", "reviseType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanRevisePledgeRequest {
        Require.text(orderId, "orderId");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.text(pledgeCoin, "pledgeCoin");
        Require.known(reviseType, "reviseType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param orderId Bitget's order ID (required, sent as {@code orderId})
     * @param amount collateral to add or withdraw (required, greater than 0, sent as {@code amount})
     * @param pledgeCoin pledge coin (required, sent as {@code pledgeCoin})
     * @param reviseType revise type, one of {@code IN}, {@code OUT} (required, sent as {@code reviseType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public EarnLoanRevisePledgeRequest(String orderId, BigDecimal amount, String pledgeCoin, EarnLoanReviseType reviseType) {
        this(orderId, amount, pledgeCoin, reviseType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public EarnLoanRevisePledgeRequest withExtraParam(String name, Object value) {
        return new EarnLoanRevisePledgeRequest(orderId, amount, pledgeCoin, reviseType, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal amount;
        private @Nullable String pledgeCoin;
        private @Nullable EarnLoanReviseType reviseType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code orderId}: Bitget's order ID (required, sent as {@code orderId}). Checked by {@link #build()}.
         *
         * @param orderId the value
         * @return this builder
         */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /**
         * Sets {@code amount}: collateral to add or withdraw (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code pledgeCoin}: pledge coin (required, sent as {@code pledgeCoin}). Checked by {@link #build()}.
         *
         * @param pledgeCoin the value
         * @return this builder
         */
        public Builder pledgeCoin(String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /**
         * Sets {@code reviseType}: revise type, one of {@code IN}, {@code OUT} (required, sent as {@code reviseType}). Checked by {@link #build()}.
         *
         * @param reviseType the value
         * @return this builder
         */
        public Builder reviseType(EarnLoanReviseType reviseType) {
            this.reviseType = reviseType;
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
        public EarnLoanRevisePledgeRequest build() {
            return new EarnLoanRevisePledgeRequest(orderId, amount, pledgeCoin, reviseType, extraParams);
        }
    }
}
