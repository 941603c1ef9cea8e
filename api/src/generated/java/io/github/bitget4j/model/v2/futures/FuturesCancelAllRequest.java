// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param symbol optional
 * @param productType required
 * @param marginCoin optional
 * @param requestTime optional; client send time, checked against receiveWindow.
 * @param receiveWindow optional; validity window in milliseconds.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record FuturesCancelAllRequest(
        @Nullable String symbol,
        ProductType productType,
        @Nullable String marginCoin,
        @Nullable Instant requestTime,
        @Nullable Long receiveWindow,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "marginCoin", "requestTime", "receiveWindow");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public FuturesCancelAllRequest {
        Require.known(productType, "productType");
        Require.positiveIfPresent(receiveWindow, "receiveWindow");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public FuturesCancelAllRequest(@Nullable String symbol, ProductType productType, @Nullable String marginCoin, @Nullable Instant requestTime, @Nullable Long receiveWindow) {
        this(symbol, productType, marginCoin, requestTime, receiveWindow, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public FuturesCancelAllRequest withExtraParam(String name, Object value) {
        return new FuturesCancelAllRequest(symbol, productType, marginCoin, requestTime, receiveWindow, Require.withExtra(extraParams, name, value));
    }

    /** Sets productType; the rest stay unset. */
    public static FuturesCancelAllRequest of(ProductType productType) {
        return new FuturesCancelAllRequest(null, productType, null, null, null, Map.of());
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
        private @Nullable Instant requestTime;
        private @Nullable Long receiveWindow;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets marginCoin. Optional. */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** client send time, checked against receiveWindow. Optional. */
        public Builder requestTime(@Nullable Instant requestTime) {
            this.requestTime = requestTime;
            return this;
        }

        /** validity window in milliseconds. Optional. */
        public Builder receiveWindow(@Nullable Long receiveWindow) {
            this.receiveWindow = receiveWindow;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public FuturesCancelAllRequest build() {
            return new FuturesCancelAllRequest(symbol, productType, marginCoin, requestTime, receiveWindow, extraParams);
        }
    }
}
