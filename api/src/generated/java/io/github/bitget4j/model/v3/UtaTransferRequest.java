// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A transfer within one user's accounts. Build it with {@link #builder()}.
 *
 * @param fromType required; the source account.
 * @param toType required; the target account.
 * @param amount required; amount of the coin.
 * @param coin required; e.g. USDT.
 * @param symbol optional; isolated margin: the symbol, e.g. BTCUSDT.
 * @param allowBorrow optional; borrow automatically when the balance is short.
 * @param clientOid optional; your id of the transfer.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaTransferRequest(
        UtaTransferAccountType fromType,
        UtaTransferAccountType toType,
        BigDecimal amount,
        String coin,
        @Nullable String symbol,
        @Nullable UtaYesNo allowBorrow,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromType", "toType", "amount", "coin", "symbol", "allowBorrow", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaTransferRequest {
        Require.known(fromType, "fromType");
        Require.known(toType, "toType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.text(coin, "coin");
        Require.knownIfPresent(allowBorrow, "allowBorrow");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaTransferRequest(UtaTransferAccountType fromType, UtaTransferAccountType toType, BigDecimal amount, String coin, @Nullable String symbol, @Nullable UtaYesNo allowBorrow, @Nullable String clientOid) {
        this(fromType, toType, amount, coin, symbol, allowBorrow, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaTransferRequest withExtraParam(String name, Object value) {
        return new UtaTransferRequest(fromType, toType, amount, coin, symbol, allowBorrow, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** Sets fromType, toType, coin, amount; the rest stay unset. */
    public static UtaTransferRequest of(UtaTransferAccountType fromType, UtaTransferAccountType toType, String coin, BigDecimal amount) {
        return new UtaTransferRequest(fromType, toType, amount, coin, null, null, null, Map.of());
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
        private @Nullable String symbol;
        private @Nullable UtaYesNo allowBorrow;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the source account. Required. */
        public Builder fromType(UtaTransferAccountType fromType) {
            this.fromType = fromType;
            return this;
        }

        /** the target account. Required. */
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

        /** isolated margin: the symbol, e.g. BTCUSDT. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** borrow automatically when the balance is short. Optional. */
        public Builder allowBorrow(@Nullable UtaYesNo allowBorrow) {
            this.allowBorrow = allowBorrow;
            return this;
        }

        /** your id of the transfer. Optional. */
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
        public UtaTransferRequest build() {
            return new UtaTransferRequest(fromType, toType, amount, coin, symbol, allowBorrow, clientOid, extraParams);
        }
    }
}
