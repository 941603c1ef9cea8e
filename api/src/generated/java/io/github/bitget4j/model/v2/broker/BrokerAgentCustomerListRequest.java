// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param startTime optional
 * @param endTime optional
 * @param pageNo optional
 * @param pageSize optional
 * @param uid optional
 * @param referralCode optional
 * @param showSub optional
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record BrokerAgentCustomerListRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer pageNo,
        @Nullable Integer pageSize,
        @Nullable String uid,
        @Nullable String referralCode,
        @Nullable BrokerYesNo showSub,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "pageNo", "pageSize", "uid", "referralCode", "showSub");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public BrokerAgentCustomerListRequest {
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.knownIfPresent(showSub, "showSub");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public BrokerAgentCustomerListRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer pageNo, @Nullable Integer pageSize, @Nullable String uid, @Nullable String referralCode, @Nullable BrokerYesNo showSub) {
        this(startTime, endTime, pageNo, pageSize, uid, referralCode, showSub, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public BrokerAgentCustomerListRequest withExtraParam(String name, Object value) {
        return new BrokerAgentCustomerListRequest(startTime, endTime, pageNo, pageSize, uid, referralCode, showSub, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable Instant startTime;
        private @Nullable Instant endTime;
        private @Nullable Integer pageNo;
        private @Nullable Integer pageSize;
        private @Nullable String uid;
        private @Nullable String referralCode;
        private @Nullable BrokerYesNo showSub;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets startTime. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Sets pageNo. Optional. */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /** Sets pageSize. Optional. */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Sets uid. Optional. */
        public Builder uid(@Nullable String uid) {
            this.uid = uid;
            return this;
        }

        /** Sets referralCode. Optional. */
        public Builder referralCode(@Nullable String referralCode) {
            this.referralCode = referralCode;
            return this;
        }

        /** Sets showSub. Optional. */
        public Builder showSub(@Nullable BrokerYesNo showSub) {
            this.showSub = showSub;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public BrokerAgentCustomerListRequest build() {
            return new BrokerAgentCustomerListRequest(startTime, endTime, pageNo, pageSize, uid, referralCode, showSub, extraParams);
        }
    }
}
