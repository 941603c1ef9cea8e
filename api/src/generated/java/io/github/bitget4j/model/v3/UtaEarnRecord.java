// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Elite subscription, redemption or interest payout.
 *
 * @param recordId the record id.
 * @param productId the product id.
 * @param coin e.g. BGSOL.
 * @param status settled, pending or rejected.
 * @param exchangeRate conversion rate.
 * @param receivedCoin coin received.
 * @param receivedAmount amount received.
 * @param investAmount amount invested.
 * @param feeRate fee rate.
 * @param redeemType fast or standard; Bitget may send text or a list.
 * @param receivingAccount account asked to be paid to.
 * @param actualReceivingAccount account actually paid to.
 * @param paymentAccount accounts paid from.
 * @param settlePoints points settled.
 * @param fee fee charged.
 */
public record UtaEarnRecord(
        String recordId,
        String productId,
        String coin,
        String status,
        @Nullable BigDecimal exchangeRate,
        @Nullable String receivedCoin,
        @Nullable BigDecimal receivedAmount,
        @Nullable BigDecimal investAmount,
        @Nullable BigDecimal feeRate,
        @Nullable JsonElement redeemType,
        @Nullable String receivingAccount,
        @Nullable String actualReceivingAccount,
        @Nullable List<String> paymentAccount,
        @Nullable BigDecimal settlePoints,
        @Nullable BigDecimal fee) {
}
