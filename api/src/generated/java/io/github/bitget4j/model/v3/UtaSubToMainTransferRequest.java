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
 * @param fromType required; spot or uta.
 * @param toType required; spot, p2p or uta.
 * @param amount required; amount of the coin.
 * @param coin required; e.g. USDT.
 * @param clientOid optional; your id of the transfer, at most 64 characters.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSubToMainTransferRequest {
        Require.known(fromType, "fromType");
        Require.known(toType, "toType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.text(coin, "coin");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSubToMainTransferRequest(UtaTransferAccountType fromType, UtaTransferAccountType toType, BigDecimal amount, String coin, @Nullable String clientOid) {
        this(fromType, toType, amount, coin, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSubToMainTransferRequest withExtraParam(String name, Object value) {
        return new UtaSubToMainTransferRequest(fromType, toType, amount, coin, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** Sets fromType, toType, coin, amount; the rest stay unset. */
    public static UtaSubToMainTransferRequest of(UtaTransferAccountType fromType, UtaTransferAccountType toType, String coin, BigDecimal amount) {
        return new UtaSubToMainTransferRequest(fromType, toType, amount, coin, null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** spot or uta. Required. */
        public Builder fromType(UtaTransferAccountType fromType) {
            this.fromType = fromType;
            return this;
        }

        /** spot, p2p or uta. Required. */
        public Builder toType(UtaTransferAccountType toType) {
            this.toType = toType;
            return this;
        }

        /** amount of the coin. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** e.g. USDT. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** your id of the transfer, at most 64 characters. Optional. */
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
        public UtaSubToMainTransferRequest build() {
            return new UtaSubToMainTransferRequest(fromType, toType, amount, coin, clientOid, extraParams);
        }
    }
}
