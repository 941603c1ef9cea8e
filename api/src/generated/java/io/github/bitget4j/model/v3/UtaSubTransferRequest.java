// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A transfer between two accounts of one main account. Build it with {@link #builder()}.
 *
 * @param fromType required; the source account type (not isolated_margin).
 * @param toType required; the target account type (not isolated_margin).
 * @param amount required; amount of the coin.
 * @param coin required; e.g. USDT.
 * @param fromUserId required; the source uid.
 * @param toUserId required; the target uid.
 * @param clientOid required; your id of the transfer, at most 64 characters.
 * @param allowBorrow optional; borrow automatically when the balance is short.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaSubTransferRequest(
        UtaTransferAccountType fromType,
        UtaTransferAccountType toType,
        BigDecimal amount,
        String coin,
        String fromUserId,
        String toUserId,
        String clientOid,
        @Nullable UtaYesNo allowBorrow,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromType", "toType", "amount", "coin", "fromUserId", "toUserId", "clientOid", "allowBorrow");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaSubTransferRequest {
        Require.known(fromType, "fromType");
        Require.known(toType, "toType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.text(coin, "coin");
        Require.text(fromUserId, "fromUserId");
        Require.text(toUserId, "toUserId");
        Require.text(clientOid, "clientOid");
        Require.knownIfPresent(allowBorrow, "allowBorrow");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaSubTransferRequest(UtaTransferAccountType fromType, UtaTransferAccountType toType, BigDecimal amount, String coin, String fromUserId, String toUserId, String clientOid, @Nullable UtaYesNo allowBorrow) {
        this(fromType, toType, amount, coin, fromUserId, toUserId, clientOid, allowBorrow, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaSubTransferRequest withExtraParam(String name, Object value) {
        return new UtaSubTransferRequest(fromType, toType, amount, coin, fromUserId, toUserId, clientOid, allowBorrow, Require.withExtra(extraParams, name, value));
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
        private @Nullable String fromUserId;
        private @Nullable String toUserId;
        private @Nullable String clientOid;
        private @Nullable UtaYesNo allowBorrow;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the source account type (not isolated_margin). Required. */
        public Builder fromType(UtaTransferAccountType fromType) {
            this.fromType = fromType;
            return this;
        }

        /** the target account type (not isolated_margin). Required. */
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

        /** the source uid. Required. */
        public Builder fromUserId(String fromUserId) {
            this.fromUserId = fromUserId;
            return this;
        }

        /** the target uid. Required. */
        public Builder toUserId(String toUserId) {
            this.toUserId = toUserId;
            return this;
        }

        /** your id of the transfer, at most 64 characters. Required. */
        public Builder clientOid(String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** borrow automatically when the balance is short. Optional. */
        public Builder allowBorrow(@Nullable UtaYesNo allowBorrow) {
            this.allowBorrow = allowBorrow;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaSubTransferRequest build() {
            return new UtaSubTransferRequest(fromType, toType, amount, coin, fromUserId, toUserId, clientOid, allowBorrow, extraParams);
        }
    }
}
