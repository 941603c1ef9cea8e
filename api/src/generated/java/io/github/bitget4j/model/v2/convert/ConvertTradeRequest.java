// Generated from codegen/model/v2/convert.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.convert;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param fromCoin required
 * @param fromCoinSize required
 * @param cnvtPrice required; the quoted price.
 * @param toCoin required
 * @param toCoinSize required
 * @param traceId required; quote id, valid for 8 seconds.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record ConvertTradeRequest(
        String fromCoin,
        BigDecimal fromCoinSize,
        BigDecimal cnvtPrice,
        String toCoin,
        BigDecimal toCoinSize,
        String traceId,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("fromCoin", "fromCoinSize", "cnvtPrice", "toCoin", "toCoinSize", "traceId");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public ConvertTradeRequest {
        Require.text(fromCoin, "fromCoin");
        Require.present(fromCoinSize, "fromCoinSize");
        Require.positiveIfPresent(fromCoinSize, "fromCoinSize");
        Require.present(cnvtPrice, "cnvtPrice");
        Require.positiveIfPresent(cnvtPrice, "cnvtPrice");
        Require.text(toCoin, "toCoin");
        Require.present(toCoinSize, "toCoinSize");
        Require.positiveIfPresent(toCoinSize, "toCoinSize");
        Require.text(traceId, "traceId");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public ConvertTradeRequest(String fromCoin, BigDecimal fromCoinSize, BigDecimal cnvtPrice, String toCoin, BigDecimal toCoinSize, String traceId) {
        this(fromCoin, fromCoinSize, cnvtPrice, toCoin, toCoinSize, traceId, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public ConvertTradeRequest withExtraParam(String name, Object value) {
        return new ConvertTradeRequest(fromCoin, fromCoinSize, cnvtPrice, toCoin, toCoinSize, traceId, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String fromCoin;
        private @Nullable BigDecimal fromCoinSize;
        private @Nullable BigDecimal cnvtPrice;
        private @Nullable String toCoin;
        private @Nullable BigDecimal toCoinSize;
        private @Nullable String traceId;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets fromCoin. Required. */
        public Builder fromCoin(String fromCoin) {
            this.fromCoin = fromCoin;
            return this;
        }

        /** Sets fromCoinSize. Required. */
        public Builder fromCoinSize(BigDecimal fromCoinSize) {
            this.fromCoinSize = fromCoinSize;
            return this;
        }

        /** the quoted price. Required. */
        public Builder cnvtPrice(BigDecimal cnvtPrice) {
            this.cnvtPrice = cnvtPrice;
            return this;
        }

        /** Sets toCoin. Required. */
        public Builder toCoin(String toCoin) {
            this.toCoin = toCoin;
            return this;
        }

        /** Sets toCoinSize. Required. */
        public Builder toCoinSize(BigDecimal toCoinSize) {
            this.toCoinSize = toCoinSize;
            return this;
        }

        /** quote id, valid for 8 seconds. Required. */
        public Builder traceId(String traceId) {
            this.traceId = traceId;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public ConvertTradeRequest build() {
            return new ConvertTradeRequest(fromCoin, fromCoinSize, cnvtPrice, toCoin, toCoinSize, traceId, extraParams);
        }
    }
}
