// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Rebate terms of one user.
 *
 * @param affiliationTypeRaw the text Bitget sent for affiliationType; read it as an enum with {@link #affiliationType()}.
 * @param userLevel e.g. VIP0, PRO1.
 * @param clientSpotRebateRatio client spot rebate ratio ({@code clientSpotRebateRatio})
 * @param clientFuturesRebateRatio client futures rebate ratio ({@code clientFuturesRebateRatio})
 */
public record BrokerRebateInfo(
        @SerializedName("affiliationType") String affiliationTypeRaw,
        @Nullable String userLevel,
        @Nullable BigDecimal clientSpotRebateRatio,
        @Nullable BigDecimal clientFuturesRebateRatio) {

    /**
     * The affiliationType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #affiliationTypeRaw()} has the text as sent)
     */
    public BrokerAffiliationType affiliationType() {
        return BrokerAffiliationType.fromWire(affiliationTypeRaw);
    }
}
