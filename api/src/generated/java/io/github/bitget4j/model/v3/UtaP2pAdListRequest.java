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
 * Filters of the public ad list. Build it with {@link #builder()}.
 *
 * @param token required; the coin, e.g. USDT.
 * @param fiat required; the fiat currency, e.g. EUR.
 * @param side required; buy or sell.
 * @param amount optional; only ads that accept this fiat amount.
 * @param pageNum required; page number, from 1.
 * @param limit required; page size.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaP2pAdListRequest(
        String token,
        String fiat,
        Side side,
        @Nullable BigDecimal amount,
        Integer pageNum,
        Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("token", "fiat", "side", "amount", "pageNum", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaP2pAdListRequest {
        Require.text(token, "token");
        Require.text(fiat, "fiat");
        Require.known(side, "side");
        Require.positiveIfPresent(amount, "amount");
        Require.present(pageNum, "pageNum");
        Require.positiveIfPresent(pageNum, "pageNum");
        Require.present(limit, "limit");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaP2pAdListRequest(String token, String fiat, Side side, @Nullable BigDecimal amount, Integer pageNum, Integer limit) {
        this(token, fiat, side, amount, pageNum, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaP2pAdListRequest withExtraParam(String name, Object value) {
        return new UtaP2pAdListRequest(token, fiat, side, amount, pageNum, limit, Require.withExtra(extraParams, name, value));
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
        private @Nullable BigDecimal amount;
        private @Nullable Integer pageNum;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** the coin, e.g. USDT. Required. */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /** the fiat currency, e.g. EUR. Required. */
        public Builder fiat(String fiat) {
            this.fiat = fiat;
            return this;
        }

        /** buy or sell. Required. */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /** only ads that accept this fiat amount. Optional. */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** page number, from 1. Required. */
        public Builder pageNum(Integer pageNum) {
            this.pageNum = pageNum;
            return this;
        }

        /** page size. Required. */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaP2pAdListRequest build() {
            return new UtaP2pAdListRequest(token, fiat, side, amount, pageNum, limit, extraParams);
        }
    }
}
