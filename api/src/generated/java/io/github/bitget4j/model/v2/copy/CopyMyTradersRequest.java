// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Pages through the traders a follower follows. Build it with {@link #builder()}.
 *
 * @param startTime optional; span at most three months.
 * @param endTime optional
 * @param pageNo optional; from 1.
 * @param pageSize optional; default 20.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyMyTradersRequest(
        @Nullable Instant startTime,
        @Nullable Instant endTime,
        @Nullable Integer pageNo,
        @Nullable Integer pageSize,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("startTime", "endTime", "pageNo", "pageSize");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyMyTradersRequest {
        Require.positiveIfPresent(pageNo, "pageNo");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "50");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyMyTradersRequest(@Nullable Instant startTime, @Nullable Instant endTime, @Nullable Integer pageNo, @Nullable Integer pageSize) {
        this(startTime, endTime, pageNo, pageSize, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyMyTradersRequest withExtraParam(String name, Object value) {
        return new CopyMyTradersRequest(startTime, endTime, pageNo, pageSize, Require.withExtra(extraParams, name, value));
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
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** span at most three months. Optional. */
        public Builder startTime(@Nullable Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Sets endTime. Optional. */
        public Builder endTime(@Nullable Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** from 1. Optional. */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /** default 20. Optional. */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyMyTradersRequest build() {
            return new CopyMyTradersRequest(startTime, endTime, pageNo, pageSize, extraParams);
        }
    }
}
