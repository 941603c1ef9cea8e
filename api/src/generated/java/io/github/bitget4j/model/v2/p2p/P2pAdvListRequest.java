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
 * @param startTime within the last 90 days (required, sent as {@code startTime})
 * @param endTime end of the time range (optional, sent as {@code endTime})
 * @param idLessThan minAdvId of the previous page (optional, sent as {@code idLessThan})
 * @param limit default 20 or 100 depending on the doc version (optional, greater than 0, sent as {@code limit})
 * @param status status, one of {@code online}, {@code offline}, {@code editing}, {@code completed} (optional, sent as {@code status})
 * @param advNo adv no (optional, sent as {@code advNo})
 * @param side side, one of {@code buy}, {@code sell} (optional, sent as {@code side})
 * @param coin coin, e.g. USDT (optional, sent as {@code coin})
 * @param language zh-CN or en-US (optional, sent as {@code language})
 * @param fiat fiat (optional, sent as {@code fiat})
 * @param orderBy default createTime (optional, sent as {@code orderBy})
 * @param payMethodId pay method id (optional, sent as {@code payMethodId})
 * @param sourceType default owner (optional, sent as {@code sourceType})
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

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public P2pAdvListRequest {
        Require.present(startTime, "startTime");
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(status, "status");
        Require.knownIfPresent(side, "side");
        Require.knownIfPresent(orderBy, "orderBy");
        Require.knownIfPresent(sourceType, "sourceType");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param startTime within the last 90 days (required, sent as {@code startTime})
     * @param endTime end of the time range (optional, sent as {@code endTime})
     * @param idLessThan minAdvId of the previous page (optional, sent as {@code idLessThan})
     * @param limit default 20 or 100 depending on the doc version (optional, greater than 0, sent as {@code limit})
     * @param status status, one of {@code online}, {@code offline}, {@code editing}, {@code completed} (optional, sent as {@code status})
     * @param advNo adv no (optional, sent as {@code advNo})
     * @param side side, one of {@code buy}, {@code sell} (optional, sent as {@code side})
     * @param coin coin, e.g. USDT (optional, sent as {@code coin})
     * @param language zh-CN or en-US (optional, sent as {@code language})
     * @param fiat fiat (optional, sent as {@code fiat})
     * @param orderBy default createTime (optional, sent as {@code orderBy})
     * @param payMethodId pay method id (optional, sent as {@code payMethodId})
     * @param sourceType default owner (optional, sent as {@code sourceType})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public P2pAdvListRequest(Instant startTime, @Nullable Instant endTime, @Nullable String idLessThan, @Nullable Integer limit, @Nullable P2pAdvStatus status, @Nullable String advNo, @Nullable Side side, @Nullable String coin, @Nullable String language, @Nullable String fiat, @Nullable P2pAdvOrderBy orderBy, @Nullable String payMethodId, @Nullable P2pAdvSourceType sourceType) {
        this(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderBy, payMethodId, sourceType, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public P2pAdvListRequest withExtraParam(String name, Object value) {
        return new P2pAdvListRequest(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderBy, payMethodId, sourceType, Require.withExtra(extraParams, name, value));
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

        /**
         * Sets {@code startTime}: within the last 90 days (required, sent as {@code startTime}). Checked by {@link #build()}.
         *
         * @param startTime the value
         * @return this builder
         */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /**
         * Sets {@code endTime}: end of the time range (optional, sent as {@code endTime}). Checked by {@link #build()}.
         *
         * @param endTime the value, or null to leave it unset
         * @return this builder
         */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /**
         * Sets {@code idLessThan}: minAdvId of the previous page (optional, sent as {@code idLessThan}). Checked by {@link #build()}.
         *
         * @param idLessThan the value, or null to leave it unset
         * @return this builder
         */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /**
         * Sets {@code limit}: default 20 or 100 depending on the doc version (optional, greater than 0, sent as {@code limit}). Checked by {@link #build()}.
         *
         * @param limit the value, or null to leave it unset
         * @return this builder
         */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /**
         * Sets {@code status}: status, one of {@code online}, {@code offline}, {@code editing}, {@code completed} (optional, sent as {@code status}). Checked by {@link #build()}.
         *
         * @param status the value, or null to leave it unset
         * @return this builder
         */
        public Builder status(@Nullable P2pAdvStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Sets {@code advNo}: adv no (optional, sent as {@code advNo}). Checked by {@link #build()}.
         *
         * @param advNo the value, or null to leave it unset
         * @return this builder
         */
        public Builder advNo(@Nullable String advNo) {
            this.advNo = advNo;
            return this;
        }

        /**
         * Sets {@code side}: side, one of {@code buy}, {@code sell} (optional, sent as {@code side}). Checked by {@link #build()}.
         *
         * @param side the value, or null to leave it unset
         * @return this builder
         */
        public Builder side(@Nullable Side side) {
            this.side = side;
            return this;
        }

        /**
         * Sets {@code coin}: coin, e.g. USDT (optional, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value, or null to leave it unset
         * @return this builder
         */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /**
         * Sets {@code language}: zh-CN or en-US (optional, sent as {@code language}). Checked by {@link #build()}.
         *
         * @param language the value, or null to leave it unset
         * @return this builder
         */
        public Builder language(@Nullable String language) {
            this.language = language;
            return this;
        }

        /**
         * Sets {@code fiat}: fiat (optional, sent as {@code fiat}). Checked by {@link #build()}.
         *
         * @param fiat the value, or null to leave it unset
         * @return this builder
         */
        public Builder fiat(@Nullable String fiat) {
            this.fiat = fiat;
            return this;
        }

        /**
         * Sets {@code orderBy}: default createTime (optional, sent as {@code orderBy}). Checked by {@link #build()}.
         *
         * @param orderBy the value, or null to leave it unset
         * @return this builder
         */
        public Builder orderBy(@Nullable P2pAdvOrderBy orderBy) {
            this.orderBy = orderBy;
            return this;
        }

        /**
         * Sets {@code payMethodId}: pay method id (optional, sent as {@code payMethodId}). Checked by {@link #build()}.
         *
         * @param payMethodId the value, or null to leave it unset
         * @return this builder
         */
        public Builder payMethodId(@Nullable String payMethodId) {
            this.payMethodId = payMethodId;
            return this;
        }

        /**
         * Sets {@code sourceType}: default owner (optional, sent as {@code sourceType}). Checked by {@link #build()}.
         *
         * @param sourceType the value, or null to leave it unset
         * @return this builder
         */
        public Builder sourceType(@Nullable P2pAdvSourceType sourceType) {
            this.sourceType = sourceType;
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
        public P2pAdvListRequest build() {
            return new P2pAdvListRequest(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderBy, payMethodId, sourceType, extraParams);
        }
    }
}
