// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.PathParam;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param marginType required; crossed or isolated.
 * @param symbol optional; the isolated pair; required for isolated.
 * @param coin required
 * @param repayAmount required; up to 8 decimal places.
 * @param clientOid optional; documented for isolated only.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record MarginRepayRequest(
        @PathParam("marginType") MarginMode marginType,
        @Nullable String symbol,
        String coin,
        BigDecimal repayAmount,
        @Nullable String clientOid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("marginType", "symbol", "coin", "repayAmount", "clientOid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public MarginRepayRequest {
        Require.known(marginType, "marginType");
        Require.text(coin, "coin");
        Require.present(repayAmount, "repayAmount");
        Require.positiveIfPresent(repayAmount, "repayAmount");
        Require.requiredWhen(marginType == MarginMode.ISOLATED, symbol, "symbol is required when marginType is isolated");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public MarginRepayRequest(MarginMode marginType, @Nullable String symbol, String coin, BigDecimal repayAmount, @Nullable String clientOid) {
        this(marginType, symbol, coin, repayAmount, clientOid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public MarginRepayRequest withExtraParam(String name, Object value) {
        return new MarginRepayRequest(marginType, symbol, coin, repayAmount, clientOid, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable MarginMode marginType;
        private @Nullable String symbol;
        private @Nullable String coin;
        private @Nullable BigDecimal repayAmount;
        private @Nullable String clientOid;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** crossed or isolated. Required. */
        public Builder marginType(MarginMode marginType) {
            this.marginType = marginType;
            return this;
        }

        /** the isolated pair; required for isolated. Optional. */
        public Builder symbol(@Nullable String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** Sets coin. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** up to 8 decimal places. Required. */
        public Builder repayAmount(BigDecimal repayAmount) {
            this.repayAmount = repayAmount;
            return this;
        }

        /** documented for isolated only. Optional. */
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
        public MarginRepayRequest build() {
            return new MarginRepayRequest(marginType, symbol, coin, repayAmount, clientOid, extraParams);
        }
    }
}
