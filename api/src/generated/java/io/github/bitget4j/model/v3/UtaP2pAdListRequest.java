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
 * @param token the coin, e.g. USDT (required, sent as {@code token})
 * @param fiat the fiat currency, e.g. EUR (required, sent as {@code fiat})
 * @param side buy or sell (required, sent as {@code side})
 * @param amount only ads that accept this fiat amount (optional, greater than 0, sent as {@code amount})
 * @param pageNum page number, from 1 (required, greater than 0, sent as {@code pageNum})
 * @param limit page size (required, greater than 0, sent as {@code limit})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
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

    /**
     * Without extra parameters.
     *
     * @param token the coin, e.g. USDT (required, sent as {@code token})
     * @param fiat the fiat currency, e.g. EUR (required, sent as {@code fiat})
     * @param side buy or sell (required, sent as {@code side})
     * @param amount only ads that accept this fiat amount (optional, greater than 0, sent as {@code amount})
     * @param pageNum page number, from 1 (required, greater than 0, sent as {@code pageNum})
     * @param limit page size (required, greater than 0, sent as {@code limit})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaP2pAdListRequest(String token, String fiat, Side side, @Nullable BigDecimal amount, Integer pageNum, Integer limit) {
        this(token, fiat, side, amount, pageNum, limit, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaP2pAdListRequest withExtraParam(String name, Object value) {
        return new UtaP2pAdListRequest(token, fiat, side, amount, pageNum, limit, Require.withExtra(extraParams, name, value));
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
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

        /**
         * Sets {@code token}: the coin, e.g. USDT (required, sent as {@code token}). Checked by {@link #build()}.
         *
         * @param token the value
         * @return this builder
         */
        public Builder token(String token) {
            this.token = token;
            return this;
        }

        /**
         * Sets {@code fiat}: the fiat currency, e.g. EUR (required, sent as {@code fiat}). Checked by {@link #build()}.
         *
         * @param fiat the value
         * @return this builder
         */
        public Builder fiat(String fiat) {
            this.fiat = fiat;
            return this;
        }

        /**
         * Sets {@code side}: buy or sell (required, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value
         * @return this builder
         */
        public Builder side(Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code amount}: only ads that accept this fiat amount (optional, greater than 0, sent as {@code amount}). Checked by {@link #build()}.
         *
         * @param amount the value, or null to leave it unset
         * @return this builder
         */
        public Builder amount(@Nullable BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * Sets {@code pageNum}: page number, from 1 (required, greater than 0, sent as {@code pageNum}). Checked by {@link #build()}.
         *
         * @param pageNum the value
         * @return this builder
         */
        public Builder pageNum(Integer pageNum) {
            this.pageNum = pageNum;
            return this;
        }

        /**
         * Sets {@code limit}: page size (required, greater than 0, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value
         * @return this builder
         */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
         *
         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})
         * @param value its value, sent as its text
         * @return this builder
         */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /**
         * Checks the parameters and makes the request.
         *
         * @return the request
         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
         */
        public UtaP2pAdListRequest build() {
            return new UtaP2pAdListRequest(token, fiat, side, amount, pageNum, limit, extraParams);
        }
    }
}
