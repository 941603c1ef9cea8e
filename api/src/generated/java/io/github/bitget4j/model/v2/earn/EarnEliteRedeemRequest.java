// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param productId required
 * @param productSubId required; from the redeem info.
 * @param redeemType required; BGBTC and BGSOL support standard only.
 * @param amount required
 * @param receiveAccount required
 * @param advancedSettle optional; settle early; BGBTC only (Bitget's default: no).
 * @param coin optional; coin to receive; required for BGUSD.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record EarnEliteRedeemRequest(
        String productId,
        String productSubId,
        EarnEliteRedeemType redeemType,
        BigDecimal amount,
        EarnEliteAccount receiveAccount,
        @Nullable EarnYesNo advancedSettle,
        @Nullable String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId", "productSubId", "redeemType", "amount", "receiveAccount", "advancedSettle", "coin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public EarnEliteRedeemRequest {
        Require.text(productId, "productId");
        Require.text(productSubId, "productSubId");
        Require.known(redeemType, "redeemType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.known(receiveAccount, "receiveAccount");
        Require.knownIfPresent(advancedSettle, "advancedSettle");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public EarnEliteRedeemRequest(String productId, String productSubId, EarnEliteRedeemType redeemType, BigDecimal amount, EarnEliteAccount receiveAccount, @Nullable EarnYesNo advancedSettle, @Nullable String coin) {
        this(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public EarnEliteRedeemRequest withExtraParam(String name, Object value) {
        return new EarnEliteRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String productId;
        private @Nullable String productSubId;
        private @Nullable EarnEliteRedeemType redeemType;
        private @Nullable BigDecimal amount;
        private @Nullable EarnEliteAccount receiveAccount;
        private @Nullable EarnYesNo advancedSettle;
        private @Nullable String coin;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets productId. Required. */
        public Builder productId(String productId) {
            this.productId = productId;
            return this;
        }

        /** from the redeem info. Required. */
        public Builder productSubId(String productSubId) {
            this.productSubId = productSubId;
            return this;
        }

        /** BGBTC and BGSOL support standard only. Required. */
        public Builder redeemType(EarnEliteRedeemType redeemType) {
            this.redeemType = redeemType;
            return this;
        }

        /** Sets amount. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Sets receiveAccount. Required. */
        public Builder receiveAccount(EarnEliteAccount receiveAccount) {
            this.receiveAccount = receiveAccount;
            return this;
        }

        /** settle early; BGBTC only (Bitget's default: no). Optional. */
        public Builder advancedSettle(@Nullable EarnYesNo advancedSettle) {
            this.advancedSettle = advancedSettle;
            return this;
        }

        /** coin to receive; required for BGUSD. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public EarnEliteRedeemRequest build() {
            return new EarnEliteRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, extraParams);
        }
    }
}
