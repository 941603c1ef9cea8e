// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.tax;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.v2.futures.ProductType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param productType optional; unset for every product line.
 * @param marginCoin optional
 * @param startTime required
 * @param endTime required
 * @param limit optional
 * @param idLessThan optional; id of the last record of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record TaxFuturesRecordsRequest(
        @Nullable ProductType productType,
        @Nullable String marginCoin,
        Instant startTime,
        Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("productType", "marginCoin", "startTime", "endTime", "limit", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public TaxFuturesRecordsRequest {
        Require.knownIfPresent(productType, "productType");
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public TaxFuturesRecordsRequest(@Nullable ProductType productType, @Nullable String marginCoin, Instant startTime, Instant endTime, @Nullable Integer limit, @Nullable String idLessThan) {
        this(productType, marginCoin, startTime, endTime, limit, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public TaxFuturesRecordsRequest withExtraParam(String name, Object value) {
        return new TaxFuturesRecordsRequest(productType, marginCoin, startTime, endTime, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /** Sets startTime, endTime; the rest stay unset. */
    public static TaxFuturesRecordsRequest of(Instant startTime, Instant endTime) {
        return new TaxFuturesRecordsRequest(null, null, startTime, endTime, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable ProductType productType;
        private @Nullable String marginCoin;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** unset for every product line. Optional. */
        public Builder productType(@Nullable ProductType productType) {
            this.productType = productType;
            return this;
        }

        /** Sets marginCoin. Optional. */
        public Builder marginCoin(@Nullable String marginCoin) {
            this.marginCoin = marginCoin;
            return this;
        }

        /** Sets startTime. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Required. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Sets limit. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** id of the last record of the previous page. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public TaxFuturesRecordsRequest build() {
            return new TaxFuturesRecordsRequest(productType, marginCoin, startTime, endTime, limit, idLessThan, extraParams);
        }
    }
}
