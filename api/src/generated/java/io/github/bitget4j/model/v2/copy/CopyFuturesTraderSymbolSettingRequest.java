// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One symbol to add, remove or update. Build it with {@link #builder()}.
 *
 * @param symbol required
 * @param productType required
 * @param settingType required
 * @param stopSurplusRatio optional; take-profit ratio 1-400; on UPDATE 0 clears it, absent keeps it.
 * @param stopLossRatio optional; stop-loss ratio 1-400; on UPDATE 0 clears it, absent keeps it.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesTraderSymbolSettingRequest(
        String symbol,
        CopyProductType productType,
        CopySymbolSettingType settingType,
        @Nullable BigDecimal stopSurplusRatio,
        @Nullable BigDecimal stopLossRatio,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("symbol", "productType", "settingType", "stopSurplusRatio", "stopLossRatio");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyFuturesTraderSymbolSettingRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.known(settingType, "settingType");
        Require.atLeast(stopSurplusRatio, "stopSurplusRatio", "0");
        Require.atLeast(stopLossRatio, "stopLossRatio", "0");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyFuturesTraderSymbolSettingRequest(String symbol, CopyProductType productType, CopySymbolSettingType settingType, @Nullable BigDecimal stopSurplusRatio, @Nullable BigDecimal stopLossRatio) {
        this(symbol, productType, settingType, stopSurplusRatio, stopLossRatio, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyFuturesTraderSymbolSettingRequest withExtraParam(String name, Object value) {
        return new CopyFuturesTraderSymbolSettingRequest(symbol, productType, settingType, stopSurplusRatio, stopLossRatio, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String symbol;
        private @Nullable CopyProductType productType;
        private @Nullable CopySymbolSettingType settingType;
        private @Nullable BigDecimal stopSurplusRatio;
        private @Nullable BigDecimal stopLossRatio;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets symbol. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets productType. Required. */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets settingType. Required. */
        public Builder settingType(CopySymbolSettingType settingType) {
            this.settingType = settingType;
            return this;
        }

        /** take-profit ratio 1-400; on UPDATE 0 clears it, absent keeps it. Optional. */
        public Builder stopSurplusRatio(@Nullable BigDecimal stopSurplusRatio) {
            this.stopSurplusRatio = stopSurplusRatio;
            return this;
        }

        /** stop-loss ratio 1-400; on UPDATE 0 clears it, absent keeps it. Optional. */
        public Builder stopLossRatio(@Nullable BigDecimal stopLossRatio) {
            this.stopLossRatio = stopLossRatio;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyFuturesTraderSymbolSettingRequest build() {
            return new CopyFuturesTraderSymbolSettingRequest(symbol, productType, settingType, stopSurplusRatio, stopLossRatio, extraParams);
        }
    }
}
