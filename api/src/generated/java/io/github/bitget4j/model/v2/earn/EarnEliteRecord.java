// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One Elite ledger record.
 *
 * @param recordId record id ({@code recordId})
 * @param productId product id ({@code productId})
 * @param coin coin ({@code coin})
 * @param status status ({@code status})
 * @param exchangeRate exchange rate ({@code exchangeRate})
 * @param receivedCoin received coin ({@code receivedCoin})
 * @param receivedAmount received amount ({@code receivedAmount})
 * @param investAmount invest amount ({@code investAmount})
 * @param feeRate fee rate ({@code feeRate})
 * @param redeemType fast or standard; sometimes sent as a list.
 * @param receivingAccount receiving account ({@code receivingAccount})
 * @param actualReceivingAccount actual receiving account ({@code actualReceivingAccount})
 * @param paymentAccount payment account ({@code paymentAccount})
 * @param settlePoints settle points ({@code settlePoints})
 * @param fee fee ({@code fee})
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
