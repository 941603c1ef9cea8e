// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A transfer between related accounts. Build it with {@link #builder()}.
 *
 * @param fromType the account type debited (required, sent as {@code fromType})
 * @param toType the account type credited (required, sent as {@code toType})
 * @param amount how much, in coin (required, greater than 0, sent as {@code amount})
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param symbol isolated margin symbol; required when either side is isolated_margin (optional, sent as {@code symbol})
 * @param clientOid your id; a repeated clientOid returns the first transfer (optional, sent as {@code clientOid})
 * @param fromUserId user id of the account debited (required, sent as {@code fromUserId})
 * @param toUserId user id of the account credited (required, sent as {@code toUserId})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotSubTransferRequest(
        SpotAccountType fromType,
        SpotAccountType toType,
        BigDecimal amount,
        String coin,
        @Nullable String symbol,
        @Nullable String clientOid,
        String fromUserId,
        String toUserId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromType", "toType", "amount", "coin", "symbol", "clientOid", "fromUserId", "toUserId");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotSubTransferRequest {
        Require.known(fromType, "fromType");
        Require.known(toType, "toType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.text(coin, "coin");
        Require.text(fromUserId, "fromUserId");
        Require.text(toUserId, "toUserId");
        Require.requiredWhen(fromType == SpotAccountType.ISOLATED_MARGIN, symbol, "symbol is required when fromType is isolated_margin");
        Require.requiredWhen(toType == SpotAccountType.ISOLATED_MARGIN, symbol, "symbol is required when toType is isolated_margin");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param fromType the account type debited (required, sent as {@code fromType})
     * @param toType the account type credited (required, sent as {@code toType})
     * @param amount how much, in coin (required, greater than 0, sent as {@code amount})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param symbol isolated margin symbol; required when either side is isolated_margin (optional, sent as {@code symbol})
     * @param clientOid your id; a repeated clientOid returns the first transfer (optional, sent as {@code clientOid})
     * @param fromUserId user id of the account debited (required, sent as {@code fromUserId})
     * @param toUserId user id of the account credited (required, sent as {@code toUserId})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotSubTransferRequest(SpotAccountType fromType, SpotAccountType toType, BigDecimal amount, String coin, @Nullable String symbol, @Nullable String clientOid, String fromUserId, String toUserId) {
        this(fromType, toType, amount, coin, symbol, clientOid, fromUserId, toUserId, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotSubTransferRequest withExtraParam(String name, Object value) {
        return new SpotSubTransferRequest(fromType, toType, amount, coin, symbol, clientOid, fromUserId, toUserId, Require.withExtra(extraParams, name, value));
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
        private @Nullable SpotAccountType fromType;
        private @Nullable SpotAccountType toType;
        private @Nullable BigDecimal amount;
        private @Nullable String coin;
        private @Nullable String symbol;
        private @Nullable String clientOid;
        private @Nullable String fromUserId;
        private @Nullable String toUserId;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code fromType}: the account type debited (required, sent as {@code fromType}). Checked by {@link #build()}.
         *
         * @param fromType the value
         * @return this builder
         */
        public Builder fromType(SpotAccountType fromType) {
            this.fromType = fromType;
            return this;
        }

        /**
         * Sets {@code toType}: the account type credited (required, sent as {@code toType}). Checked by {@link #build()}.
         *
         * @param toType the value
         * @return this builder
         */
        public Builder toType(SpotAccountType toType) {
            this.toType = toType;
            return this;
        }

        /**
         * Sets {@code amount}: how much, in coin (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code coin}: e.g. USDT (required, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value
         * @return this builder
         */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /**
         * Sets {@code symbol}: isolated margin symbol; required when either side is isolated_margin (optional, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value, or null to leave it unset
         * @return this builder
         */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code clientOid}: your id; a repeated clientOid returns the first transfer (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code fromUserId}: user id of the account debited (required, sent as {@code fromUserId}). Checked by {@link #build()}.
         *
         * @param fromUserId the value
         * @return this builder
         */
        public Builder fromUserId(String fromUserId) {
            this.fromUserId = fromUserId;
            return this;
        }

        /**
         * Sets {@code toUserId}: user id of the account credited (required, sent as {@code toUserId}). Checked by {@link #build()}.
         *
         * @param toUserId the value
         * @return this builder
         */
        public Builder toUserId(String toUserId) {
            this.toUserId = toUserId;
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
        public SpotSubTransferRequest build() {
            return new SpotSubTransferRequest(fromType, toType, amount, coin, symbol, clientOid, fromUserId, toUserId, extraParams);
        }
    }
}
