// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param subUid required
 * @param coin required; only some coins are accepted, e.g. BTC, ETH, USDT, USDC.
 * @param dest required
 * @param chain optional; unset for the coin's main chain.
 * @param address required; chain address, or the receiving UID for internal_transfer.
 * @param amount required
 * @param tag optional; memo or comment, for chains that need one.
 * @param clientOid optional; your id for this withdrawal.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerSubWithdrawRequest(
        String subUid,
        String coin,
        BrokerWithdrawDest dest,
        @Nullable String chain,
        String address,
        BigDecimal amount,
        @Nullable String tag,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "dest", "chain", "address", "amount", "tag", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerSubWithdrawRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        Require.known(dest, "dest");
        Require.text(address, "address");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerSubWithdrawRequest(String subUid, String coin, BrokerWithdrawDest dest, @Nullable String chain, String address, BigDecimal amount, @Nullable String tag, @Nullable String clientOid) {
        this(subUid, coin, dest, chain, address, amount, tag, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerSubWithdrawRequest withExtraParam(String name, Object value) {
        return new BrokerSubWithdrawRequest(subUid, coin, dest, chain, address, amount, tag, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String subUid;
        private @Nullable String coin;
        private @Nullable BrokerWithdrawDest dest;
        private @Nullable String chain;
        private @Nullable String address;
        private @Nullable BigDecimal amount;
        private @Nullable String tag;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets subUid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** only some coins are accepted, e.g. BTC, ETH, USDT, USDC. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** Sets dest. Required. */
        public Builder dest(BrokerWithdrawDest dest) {
            this.dest = dest;
            return this;
        }

        /** unset for the coin's main chain. Optional. */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /** chain address, or the receiving UID for internal_transfer. Required. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** Sets amount. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** memo or comment, for chains that need one. Optional. */
        public Builder tag(@Nullable String tag) {
            this.tag = tag;
            return this;
        }

        /** your id for this withdrawal. Optional. */
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
        public BrokerSubWithdrawRequest build() {
            return new BrokerSubWithdrawRequest(subUid, coin, dest, chain, address, amount, tag, clientOid, extraParams);
        }
    }
}
