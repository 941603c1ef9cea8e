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
 * @param fromType required; the account type debited.
 * @param toType required; the account type credited.
 * @param amount required; how much, in coin.
 * @param coin required; e.g. USDT.
 * @param symbol optional; isolated margin symbol; required when either side is isolated_margin.
 * @param clientOid optional; your id; a repeated clientOid returns the first transfer.
 * @param fromUserId required; user id of the account debited.
 * @param toUserId required; user id of the account credited.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
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

    /** Without extra parameters. */
    public SpotSubTransferRequest(SpotAccountType fromType, SpotAccountType toType, BigDecimal amount, String coin, @Nullable String symbol, @Nullable String clientOid, String fromUserId, String toUserId) {
        this(fromType, toType, amount, coin, symbol, clientOid, fromUserId, toUserId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotSubTransferRequest withExtraParam(String name, Object value) {
        return new SpotSubTransferRequest(fromType, toType, amount, coin, symbol, clientOid, fromUserId, toUserId, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** the account type debited. Required. */
        public Builder fromType(SpotAccountType fromType) {
            this.fromType = fromType;
            return this;
        }

        /** the account type credited. Required. */
        public Builder toType(SpotAccountType toType) {
            this.toType = toType;
            return this;
        }

        /** how much, in coin. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** e.g. USDT. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** isolated margin symbol; required when either side is isolated_margin. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** your id; a repeated clientOid returns the first transfer. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** user id of the account debited. Required. */
        public Builder fromUserId(String fromUserId) {
            this.fromUserId = fromUserId;
            return this;
        }

        /** user id of the account credited. Required. */
        public Builder toUserId(String toUserId) {
            this.toUserId = toUserId;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public SpotSubTransferRequest build() {
            return new SpotSubTransferRequest(fromType, toType, amount, coin, symbol, clientOid, fromUserId, toUserId, extraParams);
        }
    }
}
