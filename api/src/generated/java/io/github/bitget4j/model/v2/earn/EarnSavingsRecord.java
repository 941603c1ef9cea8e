// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One savings ledger record.
 *
 * @param orderId orderId
 * @param coinName coin subscribed.
 * @param settleCoinName coin settled.
 * @param productTypeRaw the text Bitget sent for productType; read it as an enum with {@link #productType()}.
 * @param period term in days; absent for flexible products.
 * @param productLevel productLevel
 * @param amount amount
 * @param ts ts
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
     * flexible or fixed. {@code UNKNOWN} when this SDK version does not know the value; {@link #productTypeRaw()} has the text as sent.
     */
    public EarnPeriodType productType() {
        return EarnPeriodType.fromWire(productTypeRaw);
    }

    /**
     * The orderType. {@code UNKNOWN} when this SDK version does not know the value; {@link #orderTypeRaw()} has the text as sent.
     */
    public EarnSavingsRecordType orderType() {
        return EarnSavingsRecordType.fromWire(orderTypeRaw);
    }
}
