// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
 * @param symbol the isolated pair; required for isolated (optional, sent as {@code symbol})
 * @param coin coin, e.g. USDT (required, sent as {@code coin})
 * @param repayAmount up to 8 decimal places (required, greater than 0, sent as {@code repayAmount})
 * @param clientOid documented for isolated only (optional, sent as {@code clientOid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginRepayRequest(
        @PathParam("marginType") MarginMode marginType,
        @Nullable String symbol,
        String coin,
        BigDecimal repayAmount,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "coin", "repayAmount", "clientOid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginRepayRequest {
        Require.known(marginType, "marginType");
        Require.text(coin, "coin");
        Require.present(repayAmount, "repayAmount");
        Require.positiveIfPresent(repayAmount, "repayAmount");
        Require.requiredWhen(marginType == MarginMode.ISOLATED, symbol, "symbol is required when marginType is isolated");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param marginType crossed or isolated (required, sent as {@code marginType} in the path)
     * @param symbol the isolated pair; required for isolated (optional, sent as {@code symbol})
     * @param coin coin, e.g. USDT (required, sent as {@code coin})
     * @param repayAmount up to 8 decimal places (required, greater than 0, sent as {@code repayAmount})
     * @param clientOid documented for isolated only (optional, sent as {@code clientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public MarginRepayRequest(MarginMode marginType, @Nullable String symbol, String coin, BigDecimal repayAmount, @Nullable String clientOid) {
        this(marginType, symbol, coin, repayAmount, clientOid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public MarginRepayRequest withExtraParam(String name, Object value) {
        return new MarginRepayRequest(marginType, symbol, coin, repayAmount, clientOid, Require.withExtra(extraParams, name, value));
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
        private @Nullable MarginMode marginType;
        private @Nullable String symbol;
        private @Nullable String coin;
        private @Nullable BigDecimal repayAmount;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code marginType}: crossed or isolated (required, sent as {@code marginType} in the path). Checked by {@link #build()}.
         *
         * @param marginType the value
         * @return this builder
         */
        public Builder marginType(MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /**
         * Sets {@code symbol}: the isolated pair; required for isolated (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code coin}: coin, e.g. USDT (required, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value
         * @return this builder
         */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /**
         * Sets {@code repayAmount}: up to 8 decimal places (required, greater than 0, sent as {@code repayAmount}). Checked by {@link #build()}.
         *
         * @param repayAmount the value
         * @return this builder
         */
        public Builder repayAmount(BigDecimal repayAmount) {
            this.repayAmount = repayAmount;
            return this;
        }

        /**
         * Sets {@code clientOid}: documented for isolated only (optional, sent as {@code clientOid}). Checked by {@link #build()}.
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
        public MarginRepayRequest build() {
            return new MarginRepayRequest(marginType, symbol, coin, repayAmount, clientOid, extraParams);
        }
    }
}
