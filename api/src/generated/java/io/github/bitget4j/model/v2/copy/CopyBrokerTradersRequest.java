// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param traderId optional
 * @param traderName optional; fuzzy match on the alias.
 * @param fullStatus optional; full (traders at their follower cap) or all (default).
 * @param sortRule optional; composite (default), roi, totalPL or aum.
 * @param sortFlag optional; default desc.
 * @param languageType optional; zh-CN or en-US: language of columnList describe texts.
 * @param pageSize optional; default 20.
 * @param pageNo optional; from 1.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyBrokerTradersRequest(
        @Nullable String traderId,
        @Nullable String traderName,
        @Nullable String fullStatus,
        @Nullable String sortRule,
        @Nullable CopySortOrder sortFlag,
        @Nullable String languageType,
        @Nullable Integer pageSize,
        @Nullable Integer pageNo,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("traderId", "traderName", "fullStatus", "sortRule", "sortFlag", "languageType", "pageSize", "pageNo");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyBrokerTradersRequest {
        Require.knownIfPresent(sortFlag, "sortFlag");
        Require.positiveIfPresent(pageSize, "pageSize");
        Require.atMost(pageSize, "pageSize", "20");
        Require.positiveIfPresent(pageNo, "pageNo");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyBrokerTradersRequest(@Nullable String traderId, @Nullable String traderName, @Nullable String fullStatus, @Nullable String sortRule, @Nullable CopySortOrder sortFlag, @Nullable String languageType, @Nullable Integer pageSize, @Nullable Integer pageNo) {
        this(traderId, traderName, fullStatus, sortRule, sortFlag, languageType, pageSize, pageNo, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyBrokerTradersRequest withExtraParam(String name, Object value) {
        return new CopyBrokerTradersRequest(traderId, traderName, fullStatus, sortRule, sortFlag, languageType, pageSize, pageNo, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String traderId;
        private @Nullable String traderName;
        private @Nullable String fullStatus;
        private @Nullable String sortRule;
        private @Nullable CopySortOrder sortFlag;
        private @Nullable String languageType;
        private @Nullable Integer pageSize;
        private @Nullable Integer pageNo;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /** Sets traderId. Optional. */
        public Builder traderId(@Nullable String traderId) {
            this.traderId = traderId;
            return this;
        }

        /** fuzzy match on the alias. Optional. */
        public Builder traderName(@Nullable String traderName) {
            this.traderName = traderName;
            return this;
        }

        /** full (traders at their follower cap) or all (default). Optional. */
        public Builder fullStatus(@Nullable String fullStatus) {
            this.fullStatus = fullStatus;
            return this;
        }

        /** composite (default), roi, totalPL or aum. Optional. */
        public Builder sortRule(@Nullable String sortRule) {
            this.sortRule = sortRule;
            return this;
        }

        /** default desc. Optional. */
        public Builder sortFlag(@Nullable CopySortOrder sortFlag) {
            this.sortFlag = sortFlag;
            return this;
        }

        /** zh-CN or en-US: language of columnList describe texts. Optional. */
        public Builder languageType(@Nullable String languageType) {
            this.languageType = languageType;
            return this;
        }

        /** default 20. Optional. */
        public Builder pageSize(@Nullable Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** from 1. Optional. */
        public Builder pageNo(@Nullable Integer pageNo) {
            this.pageNo = pageNo;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyBrokerTradersRequest build() {
            return new CopyBrokerTradersRequest(traderId, traderName, fullStatus, sortRule, sortFlag, languageType, pageSize, pageNo, extraParams);
        }
    }
}
