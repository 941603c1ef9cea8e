// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol required
 * @param productType required
 * @param marginCoin required
 * @param size required
 * @param side optional
 * @param tradeSide optional
 * @param clientOid optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesReversalRequest(
        String symbol,
        ProductType productType,
        String marginCoin,
        BigDecimal size,
        @Nullable Side side,
        @Nullable FuturesTradeSide tradeSide,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "size", "side", "tradeSide", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesReversalRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.text(marginCoin, "marginCoin");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.knownIfPresent(side, "side");
        Require.knownIfPresent(tradeSide, "tradeSide");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesReversalRequest(String symbol, ProductType productType, String marginCoin, BigDecimal size, @Nullable Side side, @Nullable FuturesTradeSide tradeSide, @Nullable String clientOid) {
        this(symbol, productType, marginCoin, size, side, tradeSide, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesReversalRequest withExtraParam(String name, Object value) {
        return new FuturesReversalRequest(symbol, productType, marginCoin, size, side, tradeSide, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable ProductType productType;
        private @Nullable String marginCoin;
        private @Nullable BigDecimal size;
        private @Nullable Side side;
        private @Nullable FuturesTradeSide tradeSide;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets marginCoin. Required. */
        public Builder marginCoin(String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** Sets size. Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** Sets side. Optional. */
        public Builder side(@Nullable Side side) {
            this.side = side;
            return this;
        }

        /** Sets tradeSide. Optional. */
        public Builder tradeSide(@Nullable FuturesTradeSide tradeSide) {
            this.tradeSide = tradeSide;
            return this;
        }

        /** Sets clientOid. Optional. */
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
        public FuturesReversalRequest build() {
            return new FuturesReversalRequest(symbol, productType, marginCoin, size, side, tradeSide, clientOid, extraParams);
        }
    }
}
