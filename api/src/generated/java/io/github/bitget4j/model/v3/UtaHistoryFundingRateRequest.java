// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of the V3 funding rate history query. Build it with {@link #builder()}.
 *
 * @param category required; a futures category.
 * @param symbol required; e.g. BTCUSDT.
 * @param cursor optional; paging cursor as Bitget documents it; unset for the first page.
 * @param limit optional; page size.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaHistoryFundingRateRequest(
        Category category,
        String symbol,
        @Nullable String cursor,
        @Nullable Integer limit,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("category", "symbol", "cursor", "limit");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaHistoryFundingRateRequest {
        Require.known(category, "category");
        Require.text(symbol, "symbol");
        Require.positiveIfPresent(limit, "limit");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaHistoryFundingRateRequest(Category category, String symbol, @Nullable String cursor, @Nullable Integer limit) {
        this(category, symbol, cursor, limit, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaHistoryFundingRateRequest withExtraParam(String name, Object value) {
        return new UtaHistoryFundingRateRequest(category, symbol, cursor, limit, Require.withExtra(extraParams, name, value));
    }

    /** Sets category, symbol; the rest stay unset. */
    public static UtaHistoryFundingRateRequest of(Category category, String symbol) {
        return new UtaHistoryFundingRateRequest(category, symbol, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Category category;
        private @Nullable String symbol;
        private @Nullable String cursor;
        private @Nullable Integer limit;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** a futures category. Required. */
        public Builder category(Category category) {
            this.category = category;
            return this;
        }

        /** e.g. BTCUSDT. Required. */
        public Builder symbol(String symbol) {
            this.symbol = symbol;
            return this;
        }

        /** paging cursor as Bitget documents it; unset for the first page. Optional. */
        public Builder cursor(@Nullable String cursor) {
            this.cursor = cursor;
            return this;
        }

        /** page size. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaHistoryFundingRateRequest build() {
            return new UtaHistoryFundingRateRequest(category, symbol, cursor, limit, extraParams);
        }
    }
}
