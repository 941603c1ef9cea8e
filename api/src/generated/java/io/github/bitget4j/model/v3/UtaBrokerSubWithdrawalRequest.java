// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One withdrawal from a broker sub-account. Build it with {@link #builder()}.
 *
 * @param subUid the sub-account uid (required, sent as {@code subUid})
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param dest on chain or internal transfer (required, sent as {@code dest})
 * @param address the chain address for on_chain; the receiving uid for internal_transfer (required, sent as {@code address})
 * @param amount amount to withdraw (required, greater than 0, sent as {@code amount})
 * @param chain the chain; Bitget uses the coin's main chain when unset (optional, sent as {@code chain})
 * @param tag memo or comment some chains need (e.g. EOS, TON) (optional, sent as {@code tag})
 * @param clientOid your id for the withdrawal, unique (optional, sent as {@code clientOid})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaBrokerSubWithdrawalRequest(
        String subUid,
        String coin,
        UtaBrokerWithdrawDest dest,
        String address,
        BigDecimal amount,
        @Nullable String chain,
        @Nullable String tag,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "dest", "address", "amount", "chain", "tag", "clientOid");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerSubWithdrawalRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        Require.known(dest, "dest");
        Require.text(address, "address");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param subUid the sub-account uid (required, sent as {@code subUid})
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param dest on chain or internal transfer (required, sent as {@code dest})
     * @param address the chain address for on_chain; the receiving uid for internal_transfer (required, sent as {@code address})
     * @param amount amount to withdraw (required, greater than 0, sent as {@code amount})
     * @param chain the chain; Bitget uses the coin's main chain when unset (optional, sent as {@code chain})
     * @param tag memo or comment some chains need (e.g. EOS, TON) (optional, sent as {@code tag})
     * @param clientOid your id for the withdrawal, unique (optional, sent as {@code clientOid})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaBrokerSubWithdrawalRequest(String subUid, String coin, UtaBrokerWithdrawDest dest, String address, BigDecimal amount, @Nullable String chain, @Nullable String tag, @Nullable String clientOid) {
        this(subUid, coin, dest, address, amount, chain, tag, clientOid, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaBrokerSubWithdrawalRequest withExtraParam(String name, Object value) {
        return new UtaBrokerSubWithdrawalRequest(subUid, coin, dest, address, amount, chain, tag, clientOid, Require.withExtra(extraParams, name, value));
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
        private @Nullable UtaBrokerWithdrawDest dest;
        private @Nullable String address;
        private @Nullable BigDecimal amount;
        private @Nullable String chain;
        private @Nullable String tag;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code subUid}: the sub-account uid (required, sent as {@code subUid}). Checked by {@link #build()}.
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
         * Sets {@code dest}: on chain or internal transfer (required, sent as {@code dest}). Checked by {@link #build()}.
         *
         * @param dest the value
         * @return this builder
         */
        public Builder dest(UtaBrokerWithdrawDest dest) {
            this.dest = dest;
            return this;
        }

        /**
         * Sets {@code address}: the chain address for on_chain; the receiving uid for internal_transfer (required, sent as {@code address}). Checked by {@link #build()}.
         *
         * @param address the value
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets {@code amount}: amount to withdraw (required, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value
         * @return this builder
         */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code chain}: the chain; Bitget uses the coin's main chain when unset (optional, sent as {@code chain}). Checked by {@link #build()}.
         *
         * @param chain the value, or null to leave it unset
         * @return this builder
         */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /**
         * Sets {@code tag}: memo or comment some chains need (e.g. EOS, TON) (optional, sent as {@code tag}). Checked by {@link #build()}.
         *
         * @param tag the value, or null to leave it unset
         * @return this builder
         */
        public Builder tag(@Nullable String tag) {
            this.tag = tag;
            return this;
        }

        /**
         * Sets {@code clientOid}: your id for the withdrawal, unique (optional, sent as {@code clientOid}). Checked by {@link #build()}.
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
        public UtaBrokerSubWithdrawalRequest build() {
            return new UtaBrokerSubWithdrawalRequest(subUid, coin, dest, address, amount, chain, tag, clientOid, extraParams);
        }
    }
}
