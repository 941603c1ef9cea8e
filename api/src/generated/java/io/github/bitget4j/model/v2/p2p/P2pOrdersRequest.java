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
 * @param idLessThan optional; minOrderId of the previous page.
 * @param limit optional; default 100.
 * @param status optional
 * @param advNo required; advertisement number.
 * @param side optional
 * @param coin optional; e.g. USDT.
 * @param language required; zh-CN or en-US.
 * @param fiat optional; e.g. USD.
 * @param orderNo optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record P2pOrdersRequest(
        Instant startTime,
        @Nullable Instant endTime,
        @Nullable String idLessThan,
        @Nullable Integer limit,
        @Nullable P2pOrderStatus status,
        String advNo,
        @Nullable Side side,
        @Nullable String coin,
        String language,
        @Nullable String fiat,
        @Nullable String orderNo,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "idLessThan", "limit", "status", "advNo", "side", "coin", "language", "fiat", "orderNo");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public P2pOrdersRequest {
        Require.present(startTime, "startTime");
        Require.positiveIfPresent(limit, "limit");
        Require.knownIfPresent(status, "status");
        Require.text(advNo, "advNo");
        Require.knownIfPresent(side, "side");
        Require.text(language, "language");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public P2pOrdersRequest(Instant startTime, @Nullable Instant endTime, @Nullable String idLessThan, @Nullable Integer limit, @Nullable P2pOrderStatus status, String advNo, @Nullable Side side, @Nullable String coin, String language, @Nullable String fiat, @Nullable String orderNo) {
        this(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderNo, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public P2pOrdersRequest withExtraParam(String name, Object value) {
        return new P2pOrdersRequest(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderNo, Require.withExtra(extraParams, name, value));
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
        private @Nullable P2pOrderStatus status;
        private @Nullable String advNo;
        private @Nullable Side side;
        private @Nullable String coin;
        private @Nullable String language;
        private @Nullable String fiat;
        private @Nullable String orderNo;
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

        /** minOrderId of the previous page. Optional. */
        public Builder idLessThan(@Nullable String idLessThan) {
            this.idLessThan = idLessThan;
            return this;
        }

        /** default 100. Optional. */
        public Builder limit(@Nullable Integer limit) {
            this.limit = limit;
            return this;
        }

        /** Sets status. Optional. */
        public Builder status(@Nullable P2pOrderStatus status) {
            this.status = status;
            return this;
        }

        /** advertisement number. Required. */
        public Builder advNo(String advNo) {
            this.advNo = advNo;
            return this;
        }

        /** Sets side. Optional. */
        public Builder side(@Nullable Side side) {
            this.side = side;
            return this;
        }

        /** e.g. USDT. Optional. */
        public Builder coin(@Nullable String coin) {
            this.coin = coin;
            return this;
        }

        /** zh-CN or en-US. Required. */
        public Builder language(String language) {
            this.language = language;
            return this;
        }

        /** e.g. USD. Optional. */
        public Builder fiat(@Nullable String fiat) {
            this.fiat = fiat;
            return this;
        }

        /** Sets orderNo. Optional. */
        public Builder orderNo(@Nullable String orderNo) {
            this.orderNo = orderNo;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public P2pOrdersRequest build() {
            return new P2pOrdersRequest(startTime, endTime, idLessThan, limit, status, advNo, side, coin, language, fiat, orderNo, extraParams);
        }
    }
}
