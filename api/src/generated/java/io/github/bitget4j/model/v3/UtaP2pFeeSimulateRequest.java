// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A P2P trade to price. Build it with {@link #builder()}.
 *
 * @param token required; the coin, e.g. USDT.
 * @param fiat required; the fiat currency.
 * @param side required; buy or sell.
 * @param marketType required; public or private market.
 * @param amount required; the amount traded.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pFeeSimulateRequest(
        String token,
        String fiat,
        Side side,
        UtaP2pMarketType marketType,
        BigDecimal amount,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("token", "fiat", "side", "marketType", "amount");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaP2pFeeSimulateRequest {
        Require.text(token, "token");
        Require.text(fiat, "fiat");
        Require.known(side, "side");
        Require.known(marketType, "marketType");
        Require.present(amount, "amount");
        Require.positiveIfPresent(amount, "amount");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaP2pFeeSimulateRequest(String token, String fiat, Side side, UtaP2pMarketType marketType, BigDecimal amount) {
        this(token, fiat, side, marketType, amount, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaP2pFeeSimulateRequest withExtraParam(String name, Object value) {
        return new UtaP2pFeeSimulateRequest(token, fiat, side, marketType, amount, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String token;
        private @Nullable String fiat;
        private @Nullable Side side;
        private @Nullable UtaP2pMarketType marketType;
        private @Nullable BigDecimal amount;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the coin, e.g. USDT. Required. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** the fiat currency. Required. */
        public Builder fiat(String fiat) {
            this.fiat = fiat;
            return this;
        }

        /** buy or sell. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** public or private market. Required. */
        public Builder marketType(UtaP2pMarketType marketType) {
            this.marketType = marketType;
            return this;
        }

        /** the amount traded. Required. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaP2pFeeSimulateRequest build() {
            return new UtaP2pFeeSimulateRequest(token, fiat, side, marketType, amount, extraParams);
        }
    }
}
