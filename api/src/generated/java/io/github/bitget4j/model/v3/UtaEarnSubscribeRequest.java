// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One Elite subscription. Build it with {@link #builder()}.
 *
 * @param productSubId required; the product sub-id, from getEarnEliteSubscribeInfo.
 * @param amount required; amount to subscribe.
 * @param coin optional; coin paid with; required for BGUSD (USDT or USDC).
 * @param paymentAccount optional; account paid from (Bitget's default spot).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaEarnSubscribeRequest(
        String productSubId,
        BigDecimal amount,
        @Nullable String coin,
        @Nullable UtaEarnAccount paymentAccount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productSubId", "amount", "coin", "paymentAccount");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaEarnSubscribeRequest {
        Require.text(productSubId, "productSubId");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        Require.knownIfPresent(paymentAccount, "paymentAccount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaEarnSubscribeRequest(String productSubId, BigDecimal amount, @Nullable String coin, @Nullable UtaEarnAccount paymentAccount) {
        this(productSubId, amount, coin, paymentAccount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaEarnSubscribeRequest withExtraParam(String name, Object value) {
        return new UtaEarnSubscribeRequest(productSubId, amount, coin, paymentAccount, Require.withExtra(extraParams, name, value));
    }

    /** Sets productSubId, amount; the rest stay unset. */
    public static UtaEarnSubscribeRequest of(String productSubId, BigDecimal amount) {
        return new UtaEarnSubscribeRequest(productSubId, amount, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String productSubId;
        private @Nullable BigDecimal amount;
        private @Nullable String coin;
        private @Nullable UtaEarnAccount paymentAccount;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the product sub-id, from getEarnEliteSubscribeInfo. Required. */
        public Builder productSubId(String productSubId) {
            this.productSubId = productSubId;
            return this;
        }

        /** amount to subscribe. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** coin paid with; required for BGUSD (USDT or USDC). Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** account paid from (Bitget's default spot). Optional. */
        public Builder paymentAccount(@Nullable UtaEarnAccount paymentAccount) {
            this.paymentAccount = paymentAccount;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaEarnSubscribeRequest build() {
            return new UtaEarnSubscribeRequest(productSubId, amount, coin, paymentAccount, extraParams);
        }
    }
}
