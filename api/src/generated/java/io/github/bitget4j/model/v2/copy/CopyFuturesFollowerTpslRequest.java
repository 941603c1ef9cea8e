// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param trackingNo required
 * @param symbol optional
 * @param productType required
 * @param stopSurplusPrice optional; take-profit price; 0 clears it, absent leaves it unchanged.
 * @param stopLossPrice optional; stop-loss price; 0 clears it, absent leaves it unchanged.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesFollowerTpslRequest(
        String trackingNo,
        @Nullable String symbol,
        CopyProductType productType,
        @Nullable BigDecimal stopSurplusPrice,
        @Nullable BigDecimal stopLossPrice,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("trackingNo", "symbol", "productType", "stopSurplusPrice", "stopLossPrice");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyFuturesFollowerTpslRequest {
        Require.text(trackingNo, "trackingNo");
        Require.known(productType, "productType");
        Require.atLeast(stopSurplusPrice, "stopSurplusPrice", "0");
        Require.atLeast(stopLossPrice, "stopLossPrice", "0");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyFuturesFollowerTpslRequest(String trackingNo, @Nullable String symbol, CopyProductType productType, @Nullable BigDecimal stopSurplusPrice, @Nullable BigDecimal stopLossPrice) {
        this(trackingNo, symbol, productType, stopSurplusPrice, stopLossPrice, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyFuturesFollowerTpslRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerTpslRequest(trackingNo, symbol, productType, stopSurplusPrice, stopLossPrice, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String trackingNo;
        private @Nullable String symbol;
        private @Nullable CopyProductType productType;
        private @Nullable BigDecimal stopSurplusPrice;
        private @Nullable BigDecimal stopLossPrice;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets trackingNo. Required. */
        public Builder trackingNo(String trackingNo) {
            this.trackingNo = trackingNo;
            return this;
        }

        /** Sets symbol. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /** take-profit price; 0 clears it, absent leaves it unchanged. Optional. */
        public Builder stopSurplusPrice(@Nullable BigDecimal stopSurplusPrice) {
            this.stopSurplusPrice = stopSurplusPrice;
            return this;
        }

        /** stop-loss price; 0 clears it, absent leaves it unchanged. Optional. */
        public Builder stopLossPrice(@Nullable BigDecimal stopLossPrice) {
            this.stopLossPrice = stopLossPrice;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyFuturesFollowerTpslRequest build() {
            return new CopyFuturesFollowerTpslRequest(trackingNo, symbol, productType, stopSurplusPrice, stopLossPrice, extraParams);
        }
    }
}
