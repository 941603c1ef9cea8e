// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Commission earned on one fill.
 *
 * @param fillId fill id ({@code fillId})
 * @param orderId order id ({@code orderId})
 * @param ts ts ({@code ts})
 * @param clientOid client oid ({@code clientOid})
 * @param bizTypeRaw the text Bitget sent for bizType; read it as an enum with {@link #bizType()}.
 * @param subBizTypeRaw the text Bitget sent for subBizType; read it as an enum with {@link #subBizType()}.
 * @param symbol symbol ({@code symbol})
 * @param volume traded value.
 * @param fee fee ({@code fee})
 * @param pureFee fee after deductions.
 * @param rebateAmount rebate amount ({@code rebateAmount})
 */
public record BrokerOrderCommission(
        String fillId,
        String orderId,
        Instant ts,
        @Nullable String clientOid,
        @SerializedName("bizType") String bizTypeRaw,
        @SerializedName("subBizType") @Nullable String subBizTypeRaw,
        String symbol,
        @Nullable BigDecimal volume,
        @Nullable BigDecimal fee,
        @Nullable BigDecimal pureFee,
        @Nullable BigDecimal rebateAmount) {

    /**
     * The bizType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #bizTypeRaw()} has the text as sent)
     */
    public BrokerBizType bizType() {
        return BrokerBizType.fromWire(bizTypeRaw);
    }

    /**
     * The subBizType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #subBizTypeRaw()} has the text as sent)
     */
    public @Nullable BrokerSubBizType subBizType() {
        return subBizTypeRaw == null ? null : BrokerSubBizType.fromWire(subBizTypeRaw);
    }
}
