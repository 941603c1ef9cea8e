// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A transfer from a sub-account to its main account. Build it with {@link #builder()}.
 *
 * @param fromType spot or uta (required, sent as {@code fromType})
 * @param toType spot, p2p or uta (required, sent as {@code toType})
 * @param amount amount of the coin (required, greater than 0, sent as {@code amount})
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param clientOid your id of the transfer, at most 64 characters (optional, sent as {@code clientOid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubToMainTransferRequest(
        UtaTransferAccountType fromType,
        UtaTransferAccountType toType,
        BigDecimal amount,
        String coin,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromType", "toType", "amount", "coin", "clientOid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubToMainTransferRequest {
        Require.known(fromType, "fromType");
        Require.known(toType, "toType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.text(coin, "coin");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param fromType spot or uta (required, sent as {@code fromType})
     * @param toType spot, p2p or uta (required, sent as {@code toType})
     * @param amount amount of the coin (required, greater than 0, sent as {@code amount})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param clientOid your id of the transfer, at most 64 characters (optional, sent as {@code clientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubToMainTransferRequest(UtaTransferAccountType fromType, UtaTransferAccountType toType, BigDecimal amount, String coin, @Nullable String clientOid) {
        this(fromType, toType, amount, coin, clientOid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaSubToMainTransferRequest withExtraParam(String name, Object value) {
        return new UtaSubToMainTransferRequest(fromType, toType, amount, coin, clientOid, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets fromType, toType, coin, amount; the rest stay unset.
     *
     * @param fromType spot or uta (required, sent as {@code fromType})
     * @param toType spot, p2p or uta (required, sent as {@code toType})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param amount amount of the coin (required, greater than 0, sent as {@code amount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaSubToMainTransferRequest of(UtaTransferAccountType fromType, UtaTransferAccountType toType, String coin, BigDecimal amount) {
        return new UtaSubToMainTransferRequest(fromType, toType, amount, coin, null, Map.of());
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
        private @Nullable UtaTransferAccountType fromType;
        private @Nullable UtaTransferAccountType toType;
        private @Nullable BigDecimal amount;
        private @Nullable String coin;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code fromType}: spot or uta (required, sent as {@code fromType}). Checked by {@link #build()}.
         *
         * @param fromType the value
         * @return this builder
         */
        public Builder fromType(UtaTransferAccountType fromType) {
            this.fromType = fromType;
            return this;
        }

        /**
         * Sets {@code toType}: spot, p2p or uta (required, sent as {@code toType}). Checked by {@link #build()}.
         *
         * @param toType the value
         * @return this builder
         */
        public Builder toType(UtaTransferAccountType toType) {
            this.toType = toType;
            return this;
        }

        /**
         * Sets {@code amount}: amount of the coin (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
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
         * Sets {@code clientOid}: your id of the transfer, at most 64 characters (optional, sent as {@code clientOid}). Checked by {@link #build()}.
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
        public UtaSubToMainTransferRequest build() {
            return new UtaSubToMainTransferRequest(fromType, toType, amount, coin, clientOid, extraParams);
        }
    }
}
