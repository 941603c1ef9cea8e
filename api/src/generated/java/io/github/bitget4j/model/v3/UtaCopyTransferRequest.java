// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One transfer of the lead account. Build it with {@link #builder()}.
 *
 * @param type in or out of the lead account (required, sent as {@code type})
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param amount amount to move (required, greater than 0, sent as {@code amount})
 * @param inAccountType for a transfer in: source accounts, comma-separated (funding, uta, otc) (optional, sent as {@code inAccountType})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCopyTransferRequest(
        UtaCopyTransferType type,
        String coin,
        BigDecimal amount,
        @Nullable String inAccountType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("type", "coin", "amount", "inAccountType");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCopyTransferRequest {
        Require.known(type, "type");
        Require.text(coin, "coin");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param type in or out of the lead account (required, sent as {@code type})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param amount amount to move (required, greater than 0, sent as {@code amount})
     * @param inAccountType for a transfer in: source accounts, comma-separated (funding, uta, otc) (optional, sent as {@code inAccountType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaCopyTransferRequest(UtaCopyTransferType type, String coin, BigDecimal amount, @Nullable String inAccountType) {
        this(type, coin, amount, inAccountType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaCopyTransferRequest withExtraParam(String name, Object value) {
        return new UtaCopyTransferRequest(type, coin, amount, inAccountType, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets type, coin, amount; the rest stay unset.
     *
     * @param type in or out of the lead account (required, sent as {@code type})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param amount amount to move (required, greater than 0, sent as {@code amount})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaCopyTransferRequest of(UtaCopyTransferType type, String coin, BigDecimal amount) {
        return new UtaCopyTransferRequest(type, coin, amount, null, Map.of());
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
        private @Nullable UtaCopyTransferType type;
        private @Nullable String coin;
        private @Nullable BigDecimal amount;
        private @Nullable String inAccountType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code type}: in or out of the lead account (required, sent as {@code type}). Checked by {@link #build()}.
         *
         * @param type the value
         * @return this builder
         */
        public Builder type(UtaCopyTransferType type) {
            this.type = type;
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
         * Sets {@code amount}: amount to move (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code inAccountType}: for a transfer in: source accounts, comma-separated (funding, uta, otc) (optional, sent as {@code inAccountType}). Checked by {@link #build()}.
         *
         * @param inAccountType the value, or null to leave it unset
         * @return this builder
         */
        public Builder inAccountType(@Nullable String inAccountType) {
            this.inAccountType = inAccountType;
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
        public UtaCopyTransferRequest build() {
            return new UtaCopyTransferRequest(type, coin, amount, inAccountType, extraParams);
        }
    }
}
