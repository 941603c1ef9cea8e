// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import io.github.bitget4j.model.Side;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param startTime required; within the last 90 days.
 * @param endTime optional
 * @param idLessThan optional; minAdvId of the previous page.
 * @param limit optional; default 20 or 100 depending on the doc version.
 * @param status optional
 * @param advNo optional
 * @param side optional
 * @param coin optional
 * @param language optional; zh-CN or en-US.
 * @param fiat optional
 * @param orderBy optional; default createTime.
 * @param payMethodId optional
 * @param sourceType optional; default owner.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record P2pAdvListRequest(
        Instant startTime,
        @Nullable Instant endTime,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        @Nullable P2pAdvStatus status,
        @Nullable String advNo,
        @Nullable Side side,
        @Nullable String coin,
        @Nullable String language,
        @Nullable String fiat,
        @Nullable P2pAdvOrderBy orderBy,
        @Nullable String payMethodId,
        @Nullable P2pAdvSourceType sourceType,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "idLessThan", "limit", "status", "advNo", "side", "coin", "language", "fiat", "orderBy", "payMethodId", "sourceType");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public P2pAdvListRequest {
        Require.present(startTime, "startTime");
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(status, "status");
        Require.knownIfPresent(side, "side");
        Require.knownIfPresent(orderBy, "orderBy");
        Require.knownIfPresent(sourceType, "sourceType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public P2pAdvListRequest(Instant startTime, @Nullable Instant endTime, @Nullable String idLessThan, @Nullable Integer limit, @Nullable P2pAdvStatus status, @Nullable String advNo, @Nullable Side side, @Nullable String coin, @Nullable String language, @Nullable String fiat, @Nullable P2pAdvOrderBy orderBy, @Nullable String payMethodId, @Nullable P2pAdvSourceType sourceType) {
        this(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderBy, payMethodId, sourceType, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public P2pAdvListRequest withExtraParam(String name, Object value) {
        return new P2pAdvListRequest(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderBy, payMethodId, sourceType, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable String idLessThan;
        private @Nullable Integer limit;
        private @Nullable P2pAdvStatus status;
        private @Nullable String advNo;
        private @Nullable Side side;
        private @Nullable String coin;
        private @Nullable String language;
        private @Nullable String fiat;
        private @Nullable P2pAdvOrderBy orderBy;
        private @Nullable String payMethodId;
        private @Nullable P2pAdvSourceType sourceType;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** within the last 90 days. Required. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** minAdvId of the previous page. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** default 20 or 100 depending on the doc version. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Sets status. Optional. */
        public Builder status(@Nullable P2pAdvStatus status) {
            this.status = status;
            return this;
        }

        /** Sets advNo. Optional. */
        public Builder advNo(@Nullable String advNo) {
            this.advNo = advNo;
            return this;
        }

        /** Sets side. Optional. */
        public Builder side(@Nullable Side side) {
            this.side = side;
            return this;
        }

        /** Sets coin. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** zh-CN or en-US. Optional. */
        public Builder language(@Nullable String language) {
            this.language = language;
            return this;
        }

        /** Sets fiat. Optional. */
        public Builder fiat(@Nullable String fiat) {
            this.fiat = fiat;
            return this;
        }

        /** default createTime. Optional. */
        public Builder orderBy(@Nullable P2pAdvOrderBy orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        /** Sets payMethodId. Optional. */
        public Builder payMethodId(@Nullable String payMethodId) {
            this.payMethodId = payMethodId;
            return this;
        }

        /** default owner. Optional. */
        public Builder sourceType(@Nullable P2pAdvSourceType sourceType) {
            this.sourceType = sourceType;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public P2pAdvListRequest build() {
            return new P2pAdvListRequest(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderBy, payMethodId, sourceType, extraParams);
        }
    }
}
