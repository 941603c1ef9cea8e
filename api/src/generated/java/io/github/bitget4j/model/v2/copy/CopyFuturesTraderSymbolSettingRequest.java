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
 * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
 * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
 * @param settingType setting type, one of {@code ADD}, {@code DELETE}, {@code UPDATE} (required, sent as {@code settingType})
 * @param stopSurplusRatio take-profit ratio 1-400; on UPDATE 0 clears it, absent keeps it (optional, 0 or more, sent as {@code stopSurplusRatio})
 * @param stopLossRatio stop-loss ratio 1-400; on UPDATE 0 clears it, absent keeps it (optional, 0 or more, sent as {@code stopLossRatio})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderSymbolSettingRequest {
        Require.text(symbol, "symbol");
        Require.known(productType, "productType");
        Require.known(settingType, "settingType");
        Require.atLeast(stopSurplusRatio, "stopSurplusRatio", "0");
        Require.atLeast(stopLossRatio, "stopLossRatio", "0");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param symbol trading pair, e.g. BTCUSDT (required, sent as {@code symbol})
     * @param productType futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType})
     * @param settingType setting type, one of {@code ADD}, {@code DELETE}, {@code UPDATE} (required, sent as {@code settingType})
     * @param stopSurplusRatio take-profit ratio 1-400; on UPDATE 0 clears it, absent keeps it (optional, 0 or more, sent as {@code stopSurplusRatio})
     * @param stopLossRatio stop-loss ratio 1-400; on UPDATE 0 clears it, absent keeps it (optional, 0 or more, sent as {@code stopLossRatio})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesTraderSymbolSettingRequest(String symbol, CopyProductType productType, CopySymbolSettingType settingType, @Nullable BigDecimal stopSurplusRatio, @Nullable BigDecimal stopLossRatio) {
        this(symbol, productType, settingType, stopSurplusRatio, stopLossRatio, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesTraderSymbolSettingRequest withExtraParam(String name, Object value) {
        return new CopyFuturesTraderSymbolSettingRequest(symbol, productType, settingType, stopSurplusRatio, stopLossRatio, Require.withExtra(extraParams, name, value));
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
        private @Nullable String symbol;
        private @Nullable CopyProductType productType;
        private @Nullable CopySymbolSettingType settingType;
        private @Nullable BigDecimal stopSurplusRatio;
        private @Nullable BigDecimal stopLossRatio;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code symbol}: trading pair, e.g. BTCUSDT (required, sent as {@code symbol}). Checked by {@link #build()}.
         *
         * @param symbol the value
         * @return this builder
         */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /**
         * Sets {@code productType}: futures product line, e.g. USDT-FUTURES, one of {@code USDT-FUTURES}, {@code COIN-FUTURES}, {@code USDC-FUTURES} (required, sent as {@code productType}). Checked by {@link #build()}.
         *
         * @param productType the value
         * @return this builder
         */
        public Builder productType(CopyProductType productType) {
            this.productType = productType;
            return this;
        }

        /**
         * Sets {@code settingType}: setting type, one of {@code ADD}, {@code DELETE}, {@code UPDATE} (required, sent as {@code settingType}). Checked by {@link #build()}.
         *
         * @param settingType the value
         * @return this builder
         */
        public Builder settingType(CopySymbolSettingType settingType) {
            this.settingType = settingType;
            return this;
        }

        /**
         * Sets {@code stopSurplusRatio}: take-profit ratio 1-400; on UPDATE 0 clears it, absent keeps it (optional, 0 or more, sent as {@code stopSurplusRatio}). Checked by {@link #build()}.
         *
         * @param stopSurplusRatio the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopSurplusRatio(@Nullable BigDecimal stopSurplusRatio) {
            this.stopSurplusRatio = stopSurplusRatio;
            return this;
        }

        /**
         * Sets {@code stopLossRatio}: stop-loss ratio 1-400; on UPDATE 0 clears it, absent keeps it (optional, 0 or more, sent as {@code stopLossRatio}). Checked by {@link #build()}.
         *
         * @param stopLossRatio the value, or null to leave it unset
         * @return this builder
         */
        public Builder stopLossRatio(@Nullable BigDecimal stopLossRatio) {
            this.stopLossRatio = stopLossRatio;
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
        public CopyFuturesTraderSymbolSettingRequest build() {
            return new CopyFuturesTraderSymbolSettingRequest(symbol, productType, settingType, stopSurplusRatio, stopLossRatio, extraParams);
        }
    }
}
