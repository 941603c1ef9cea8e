// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How one spot symbol of a trader is copied. Build it with {@link #builder()}.
 *
 * @param symbol required
 * @param traceType required; count only in advanced mode.
 * @param maxHoldSize required; largest quantity bought by copying.
 * @param traceValue required; ratio, amount or quantity, as traceType says.
 * @param stopLossRatio optional; stop-loss, whole percent (10 = 10%).
 * @param stopSurplusRatio optional; take-profit, whole percent (10 = 10%).
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopySpotFollowerSymbolSettingRequest(
        String symbol,
        CopyTraceType traceType,
        BigDecimal maxHoldSize,
        BigDecimal traceValue,
        @Nullable Integer stopLossRatio,
        @Nullable Integer stopSurplusRatio,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "traceType", "maxHoldSize", "traceValue", "stopLossRatio", "stopSurplusRatio");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopySpotFollowerSymbolSettingRequest {
        Require.text(symbol, "symbol");
        Require.known(traceType, "traceType");
        Require.present(maxHoldSize, "maxHoldSize");
        Require.positiveIfPresent(maxHoldSize, "maxHoldSize");
        Require.present(traceValue, "traceValue");
        Require.positiveIfPresent(traceValue, "traceValue");
        Require.positiveIfPresent(stopLossRatio, "stopLossRatio");
        Require.positiveIfPresent(stopSurplusRatio, "stopSurplusRatio");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopySpotFollowerSymbolSettingRequest(String symbol, CopyTraceType traceType, BigDecimal maxHoldSize, BigDecimal traceValue, @Nullable Integer stopLossRatio, @Nullable Integer stopSurplusRatio) {
        this(symbol, traceType, maxHoldSize, traceValue, stopLossRatio, stopSurplusRatio, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopySpotFollowerSymbolSettingRequest withExtraParam(String name, Object value) {
        return new CopySpotFollowerSymbolSettingRequest(symbol, traceType, maxHoldSize, traceValue, stopLossRatio, stopSurplusRatio, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable CopyTraceType traceType;
        private @Nullable BigDecimal maxHoldSize;
        private @Nullable BigDecimal traceValue;
        private @Nullable Integer stopLossRatio;
        private @Nullable Integer stopSurplusRatio;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** count only in advanced mode. Required. */
        public Builder traceType(CopyTraceType traceType) {
            this.traceType = traceType;
            return this;
        }

        /** largest quantity bought by copying. Required. */
        public Builder maxHoldSize(BigDecimal maxHoldSize) {
            this.maxHoldSize = maxHoldSize;
            return this;
        }

        /** ratio, amount or quantity, as traceType says. Required. */
        public Builder traceValue(BigDecimal traceValue) {
            this.traceValue = traceValue;
            return this;
        }

        /** stop-loss, whole percent (10 = 10%). Optional. */
        public Builder stopLossRatio(@Nullable Integer stopLossRatio) {
            this.stopLossRatio = stopLossRatio;
            return this;
        }

        /** take-profit, whole percent (10 = 10%). Optional. */
        public Builder stopSurplusRatio(@Nullable Integer stopSurplusRatio) {
            this.stopSurplusRatio = stopSurplusRatio;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopySpotFollowerSymbolSettingRequest build() {
            return new CopySpotFollowerSymbolSettingRequest(symbol, traceType, maxHoldSize, traceValue, stopLossRatio, stopSurplusRatio, extraParams);
        }
    }
}
