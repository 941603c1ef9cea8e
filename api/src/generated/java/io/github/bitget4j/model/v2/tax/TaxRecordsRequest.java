// Generated from codegen/model/v2/tax.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.tax;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A time window of records, optionally for one coin. Build it with {@link #builder()}.
 *
 * @param coin optional; unset for every coin.
 * @param startTime required
 * @param endTime required; Bitget caps the window (30 or 366 days depending on the doc version).
 * @param limit optional; default 500.
 * @param idLessThan optional; id of the last record of the previous page.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record TaxRecordsRequest(
        @Nullable String coin,
        Instant startTime,
        Instant endTime,
        @Nullable Integer limit,
        @Nullable String idLessThan,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "startTime", "endTime", "limit", "idLessThan");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public TaxRecordsRequest {
        Require.present(startTime, "startTime");
        Require.present(endTime, "endTime");
        Require.positiveIfPresent(limit, "limit");
        Require.atMost(limit, "limit", "500");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public TaxRecordsRequest(@Nullable String coin, Instant startTime, Instant endTime, @Nullable Integer limit, @Nullable String idLessThan) {
        this(coin, startTime, endTime, limit, idLessThan, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public TaxRecordsRequest withExtraParam(String name, Object value) {
        return new TaxRecordsRequest(coin, startTime, endTime, limit, idLessThan, Require.withExtra(extraParams, name, value));
    }

    /** Sets startTime, endTime; the rest stay unset. */
    public static TaxRecordsRequest of(Instant startTime, Instant endTime) {
        return new TaxRecordsRequest(null, startTime, endTime, null, null, Map.of());
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String coin;
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer limit;
        private @Nullable String idLessThan;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** unset for every coin. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** Sets startTime. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Bitget caps the window (30 or 366 days depending on the doc version). Required. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** default 500. Optional. */
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
        public TaxRecordsRequest build() {
            return new TaxRecordsRequest(coin, startTime, endTime, limit, idLessThan, extraParams);
        }
    }
}
