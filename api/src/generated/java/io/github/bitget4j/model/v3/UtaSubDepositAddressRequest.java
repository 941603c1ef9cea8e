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
 * @param subUid required; the sub-account's uid.
 * @param coin required; e.g. USDT.
 * @param chain optional; e.g. trc20.
 * @param size optional; BTC Lightning only: the amount to deposit.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubDepositAddressRequest(
        String subUid,
        String coin,
        @Nullable String chain,
        @Nullable BigDecimal size,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("subUid", "coin", "chain", "size");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSubDepositAddressRequest {
        Require.text(subUid, "subUid");
        Require.text(coin, "coin");
        Require.positiveIfPresent(size, "size");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSubDepositAddressRequest(String subUid, String coin, @Nullable String chain, @Nullable BigDecimal size) {
        this(subUid, coin, chain, size, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSubDepositAddressRequest withExtraParam(String name, Object value) {
        return new UtaSubDepositAddressRequest(subUid, coin, chain, size, Require.withExtra(extraParams, name, value));
    }

    /** Sets subUid, coin, chain; the rest stay unset. */
    public static UtaSubDepositAddressRequest of(String subUid, String coin, String chain) {
        return new UtaSubDepositAddressRequest(subUid, coin, Require.text(chain, "chain"), null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** the sub-account's uid. Required. */
        public Builder subUid(String subUid) {
            this.subUid = subUid;
            return this;
        }

        /** e.g. USDT. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** e.g. trc20. Optional. */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /** BTC Lightning only: the amount to deposit. Optional. */
        public Builder size(@Nullable BigDecimal size) {
            this.size = size;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaSubDepositAddressRequest build() {
            return new UtaSubDepositAddressRequest(subUid, coin, chain, size, extraParams);
        }
    }
}
