// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One savings ledger record.
 *
 * @param orderId order id ({@code orderId})
 * @param coinName coin subscribed.
 * @param settleCoinName coin settled.
 * @param productTypeRaw the text Bitget sent for productType; read it as an enum with {@link #productType()}.
 * @param period term in days; absent for flexible products.
 * @param productLevel product level ({@code productLevel})
 * @param amount amount ({@code amount})
 * @param ts ts ({@code ts})
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 */
public record EarnSavingsRecord(
        String orderId,
        String coinName,
        @Nullable String settleCoinName,
        @SerializedName("productType") String productTypeRaw,
        @Nullable Integer period,
        @Nullable String productLevel,
        BigDecimal amount,
        Instant ts,
        @SerializedName("orderType") String orderTypeRaw) {

    /**
     * flexible or fixed.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #productTypeRaw()} has the text as sent)
     */
    public EarnPeriodType productType() {
        return EarnPeriodType.fromWire(productTypeRaw);
    }

    /**
     * The orderType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public EarnSavingsRecordType orderType() {
        return EarnSavingsRecordType.fromWire(orderTypeRaw);
    }
}
