// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Elite redemption. Build it with {@link #builder()}.
 *
 * @param productId required; the product id.
 * @param productSubId required; the product sub-id.
 * @param redeemType required; fast (BGUSD only) or standard.
 * @param amount required; amount to redeem.
 * @param receiveAccount required; account paid to.
 * @param advancedSettle optional; settle early (BGBTC only; Bitget's default no).
 * @param coin optional; coin received; required for BGUSD.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaEarnRedeemRequest(
        String productId,
        String productSubId,
        UtaEarnRedeemType redeemType,
        BigDecimal amount,
        UtaEarnAccount receiveAccount,
        @Nullable UtaEarnAdvancedSettle advancedSettle,
        @Nullable String coin,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productId", "productSubId", "redeemType", "amount", "receiveAccount", "advancedSettle", "coin");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaEarnRedeemRequest {
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
    public UtaEarnRedeemRequest(String productId, String productSubId, UtaEarnRedeemType redeemType, BigDecimal amount, UtaEarnAccount receiveAccount, @Nullable UtaEarnAdvancedSettle advancedSettle, @Nullable String coin) {
        this(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaEarnRedeemRequest withExtraParam(String name, Object value) {
        return new UtaEarnRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String productId;
        private @Nullable String productSubId;
        private @Nullable UtaEarnRedeemType redeemType;
        private @Nullable BigDecimal amount;
        private @Nullable UtaEarnAccount receiveAccount;
        private @Nullable UtaEarnAdvancedSettle advancedSettle;
        private @Nullable String coin;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the product id. Required. */
        public Builder productId(String productId) {
            this.productId = productId;
            return this;
        }

        /** the product sub-id. Required. */
        public Builder productSubId(String productSubId) {
            this.productSubId = productSubId;
            return this;
        }

        /** fast (BGUSD only) or standard. Required. */
        public Builder redeemType(UtaEarnRedeemType redeemType) {
            this.redeemType = redeemType;
            return this;
        }

        /** amount to redeem. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** account paid to. Required. */
        public Builder receiveAccount(UtaEarnAccount receiveAccount) {
            this.receiveAccount = receiveAccount;
            return this;
        }

        /** settle early (BGBTC only; Bitget's default no). Optional. */
        public Builder advancedSettle(@Nullable UtaEarnAdvancedSettle advancedSettle) {
            this.advancedSettle = advancedSettle;
            return this;
        }

        /** coin received; required for BGUSD. Optional. */
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
        public UtaEarnRedeemRequest build() {
            return new UtaEarnRedeemRequest(productId, productSubId, redeemType, amount, receiveAccount, advancedSettle, coin, extraParams);
        }
    }
}
