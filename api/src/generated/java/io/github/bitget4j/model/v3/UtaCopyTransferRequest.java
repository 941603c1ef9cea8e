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
 * @param type required; in or out of the lead account.
 * @param coin required; e.g. USDT.
 * @param amount required; amount to move.
 * @param inAccountType optional; for a transfer in: source accounts, comma-separated (funding, uta, otc).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaCopyTransferRequest(
        UtaCopyTransferType type,
        String coin,
        BigDecimal amount,
        @Nullable String inAccountType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("type", "coin", "amount", "inAccountType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaCopyTransferRequest {
        Require.known(type, "type");
        Require.text(coin, "coin");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaCopyTransferRequest(UtaCopyTransferType type, String coin, BigDecimal amount, @Nullable String inAccountType) {
        this(type, coin, amount, inAccountType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaCopyTransferRequest withExtraParam(String name, Object value) {
        return new UtaCopyTransferRequest(type, coin, amount, inAccountType, Require.withExtra(extraParams, name, value));
    }

    /** Sets type, coin, amount; the rest stay unset. */
    public static UtaCopyTransferRequest of(UtaCopyTransferType type, String coin, BigDecimal amount) {
        return new UtaCopyTransferRequest(type, coin, amount, null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** in or out of the lead account. Required. */
        public Builder type(UtaCopyTransferType type) {
            this.type = type;
            return this;
        }

        /** e.g. USDT. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** amount to move. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** for a transfer in: source accounts, comma-separated (funding, uta, otc). Optional. */
        public Builder inAccountType(@Nullable String inAccountType) {
            this.inAccountType = inAccountType;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaCopyTransferRequest build() {
            return new UtaCopyTransferRequest(type, coin, amount, inAccountType, extraParams);
        }
    }
}
