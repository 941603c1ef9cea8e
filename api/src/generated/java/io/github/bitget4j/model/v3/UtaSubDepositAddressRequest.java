// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The sub-account, coin and chain of a deposit address. Build it with {@link #builder()}.
 *
 * @param subUid the sub-account's uid (required, sent as {@code subUid})
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param chain e.g. trc20 (optional, sent as {@code chain})
 * @param size BTC Lightning only: the amount to deposit (optional, greater than 0, sent as {@code size})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubDepositAddressRequest(
        String subUid,
        String coin,
        @Nullable String chain,
        @Nullable BigDecimal size,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "chain", "size");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubDepositAddressRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        Require.positiveIfPresent(size, "size");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid the sub-account's uid (required, sent as {@code subUid})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param chain e.g. trc20 (optional, sent as {@code chain})
     * @param size BTC Lightning only: the amount to deposit (optional, greater than 0, sent as {@code size})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaSubDepositAddressRequest(String subUid, String coin, @Nullable String chain, @Nullable BigDecimal size) {
        this(subUid, coin, chain, size, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaSubDepositAddressRequest withExtraParam(String name, Object value) {
        return new UtaSubDepositAddressRequest(subUid, coin, chain, size, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets subUid, coin, chain; the rest stay unset.
     *
     * @param subUid the sub-account's uid (required, sent as {@code subUid})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param chain e.g. trc20 (optional, sent as {@code chain})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static UtaSubDepositAddressRequest of(String subUid, String coin, String chain) {
        return new UtaSubDepositAddressRequest(subUid, coin, Require.text(chain, "chain"), null, Map.of());
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
        private @Nullable String subUid;
        private @Nullable String coin;
        private @Nullable String chain;
        private @Nullable BigDecimal size;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code subUid}: the sub-account's uid (required, sent as {@code subUid}). Checked by {@link #build()}.
         *
         * @param subUid the value
         * @return this builder
         */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
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
         * Sets {@code chain}: e.g. trc20 (optional, sent as {@code chain}). Checked by {@link #build()}.
         *
         * @param chain the value, or null to leave it unset
         * @return this builder
         */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /**
         * Sets {@code size}: BTC Lightning only: the amount to deposit (optional, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value, or null to leave it unset
         * @return this builder
         */
        public Builder size(@Nullable BigDecimal size) {
            this.size = size;
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
        public UtaSubDepositAddressRequest build() {
            return new UtaSubDepositAddressRequest(subUid, coin, chain, size, extraParams);
        }
    }
}
