// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Stock+ order in full, with its history and charges.
 *
 * @param orderId Bitget's id.
 * @param status the order state as Bitget names it.
 * @param stockName the stock's name.
 * @param quantity ordered shares.
 * @param executedQuantity filled shares.
 * @param price limit price.
 * @param executedPrice average fill price.
 * @param submittedAt when it was placed, as Bitget sends it.
 * @param side Buy or Sell.
 * @param symbol e.g. AAPL.US.
 * @param orderType LO, MO, LIT, MIT, TSLPAMT or TSLPPCT.
 * @param lastDone last traded price.
 * @param triggerPrice trigger price.
 * @param msg Bitget's message, e.g. why it was rejected.
 * @param tag order tag.
 * @param timeInForce Day, GoodTilCanceled or GoodTilDate.
 * @param expireDate last day of a GoodTilDate order.
 * @param updatedAt last change, as Bitget sends it.
 * @param triggerAt when it triggered, as Bitget sends it.
 * @param trailingAmount trailing amount.
 * @param trailingPercent trailing percentage.
 * @param limitOffset limit offset.
 * @param triggerStatus state of the trigger.
 * @param currency e.g. USD.
 * @param outsideRth sessions it may fill in.
 * @param remark your note.
 * @param limitDepthLevel book level the limit price follows.
 * @param triggerCount trigger count.
 * @param monitorPrice watched price.
 * @param freeStatus state of the fee waiver.
 * @param freeAmount fee waived.
 * @param freeCurrency currency of the waived fee.
 * @param deductionsStatus state of the deduction.
 * @param deductionsAmount amount deducted.
 * @param deductionsCurrency currency deducted.
 * @param platformDeductedStatus state of the platform deduction.
 * @param platformDeductedAmount amount the platform deducted.
 * @param platformDeductedCurrency currency the platform deducted.
 * @param history the order's state changes.
 * @param chargeDetail the fees charged.
 */
public record UtaStockPlusOrderDetail(
        String orderId,
        String status,
        @Nullable String stockName,
        BigDecimal quantity,
        @Nullable BigDecimal executedQuantity,
        @Nullable BigDecimal price,
        @Nullable BigDecimal executedPrice,
        @Nullable String submittedAt,
        String side,
        String symbol,
        String orderType,
        @Nullable BigDecimal lastDone,
        @Nullable BigDecimal triggerPrice,
        @Nullable String msg,
        @Nullable String tag,
        @Nullable String timeInForce,
        @Nullable String expireDate,
        @Nullable String updatedAt,
        @Nullable String triggerAt,
        @Nullable BigDecimal trailingAmount,
        @Nullable BigDecimal trailingPercent,
        @Nullable BigDecimal limitOffset,
        @Nullable String triggerStatus,
        @Nullable String currency,
        @Nullable String outsideRth,
        @Nullable String remark,
        @Nullable Integer limitDepthLevel,
        @Nullable Integer triggerCount,
        @Nullable BigDecimal monitorPrice,
        @Nullable String freeStatus,
        @Nullable BigDecimal freeAmount,
        @Nullable String freeCurrency,
        @Nullable String deductionsStatus,
        @Nullable BigDecimal deductionsAmount,
        @Nullable String deductionsCurrency,
        @Nullable String platformDeductedStatus,
        @Nullable BigDecimal platformDeductedAmount,
        @Nullable String platformDeductedCurrency,
        @Nullable List<UtaStockPlusOrderEvent> history,
        @Nullable UtaStockPlusCharges chargeDetail) {
}
