// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Elite ledger record.
 *
 * @param recordId recordId
 * @param productId productId
 * @param coin coin
 * @param status status
 * @param exchangeRate exchangeRate
 * @param receivedCoin receivedCoin
 * @param receivedAmount receivedAmount
 * @param investAmount investAmount
 * @param feeRate feeRate
 * @param redeemType fast or standard; sometimes sent as a list.
 * @param receivingAccount receivingAccount
 * @param actualReceivingAccount actualReceivingAccount
 * @param paymentAccount paymentAccount
 * @param settlePoints settlePoints
 * @param fee fee
 */
public record EarnEliteRecord(
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
