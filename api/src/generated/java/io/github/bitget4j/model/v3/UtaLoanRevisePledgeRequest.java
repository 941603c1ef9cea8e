// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Adjusts the collateral of one crypto loan. Build it with {@link #builder()}.
 *
 * @param orderId required; the loan order id.
 * @param amount required; collateral to add or withdraw.
 * @param pledgeCoin required; the collateral coin.
 * @param reviseType required; IN adds collateral, OUT withdraws it.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaLoanRevisePledgeRequest(
        String orderId,
        BigDecimal amount,
        String pledgeCoin,
        UtaLoanReviseType reviseType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("orderId", "amount", "pledgeCoin", "reviseType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaLoanRevisePledgeRequest {
        Require.text(orderId, "orderId");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.text(pledgeCoin, "pledgeCoin");
        Require.known(reviseType, "reviseType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaLoanRevisePledgeRequest(String orderId, BigDecimal amount, String pledgeCoin, UtaLoanReviseType reviseType) {
        this(orderId, amount, pledgeCoin, reviseType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaLoanRevisePledgeRequest withExtraParam(String name, Object value) {
        return new UtaLoanRevisePledgeRequest(orderId, amount, pledgeCoin, reviseType, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String orderId;
        private @Nullable BigDecimal amount;
        private @Nullable String pledgeCoin;
        private @Nullable UtaLoanReviseType reviseType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the loan order id. Required. */
        public Builder orderId(String orderId) {
            this.orderId = orderId;
            return this;
        }

        /** collateral to add or withdraw. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** the collateral coin. Required. */
        public Builder pledgeCoin(String pledgeCoin) {
            this.pledgeCoin = pledgeCoin;
            return this;
        }

        /** IN adds collateral, OUT withdraws it. Required. */
        public Builder reviseType(UtaLoanReviseType reviseType) {
            this.reviseType = reviseType;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaLoanRevisePledgeRequest build() {
            return new UtaLoanRevisePledgeRequest(orderId, amount, pledgeCoin, reviseType, extraParams);
        }
    }
}
