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
 * @param subUid required; the sub-account uid.
 * @param coin required; e.g. USDT.
 * @param dest required; on chain or internal transfer.
 * @param address required; the chain address for on_chain; the receiving uid for internal_transfer.
 * @param amount required; amount to withdraw.
 * @param chain optional; the chain; Bitget uses the coin's main chain when unset.
 * @param tag optional; memo or comment some chains need (e.g. EOS, TON)
 * @param clientOid optional; your id for the withdrawal, unique.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaBrokerSubWithdrawalRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        Require.known(dest, "dest");
        Require.text(address, "address");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaBrokerSubWithdrawalRequest(String subUid, String coin, UtaBrokerWithdrawDest dest, String address, BigDecimal amount, @Nullable String chain, @Nullable String tag, @Nullable String clientOid) {
        this(subUid, coin, dest, address, amount, chain, tag, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaBrokerSubWithdrawalRequest withExtraParam(String name, Object value) {
        return new UtaBrokerSubWithdrawalRequest(subUid, coin, dest, address, amount, chain, tag, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** the sub-account uid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** e.g. USDT. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** on chain or internal transfer. Required. */
        public Builder dest(UtaBrokerWithdrawDest dest) {
            this.dest = dest;
            return this;
        }

        /** the chain address for on_chain; the receiving uid for internal_transfer. Required. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** amount to withdraw. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** the chain; Bitget uses the coin's main chain when unset. Optional. */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /** memo or comment some chains need (e.g. EOS, TON) Optional. */
        public Builder tag(@Nullable String tag) {
            this.tag = tag;
            return this;
        }

        /** your id for the withdrawal, unique. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaBrokerSubWithdrawalRequest build() {
            return new UtaBrokerSubWithdrawalRequest(subUid, coin, dest, address, amount, chain, tag, clientOid, extraParams);
        }
    }
}
