// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The spot fees and limits of one VIP level.
 *
 * @param level VIP level.
 * @param dealAmount 30-day trading volume needed, USDT.
 * @param assetAmount assets needed, USDT.
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 * @param makerFeeRate maker fee rate ({@code makerFeeRate})
 * @param btcWithdrawAmount 24-hour withdrawal limit, BTC.
 * @param usdtWithdrawAmount 24-hour withdrawal limit, USDT.
 */
public record SpotVipFeeRate(
        Integer level,
        @Nullable BigDecimal dealAmount,
        @Nullable BigDecimal assetAmount,
        @Nullable BigDecimal takerFeeRate,
        @Nullable BigDecimal makerFeeRate,
        @Nullable BigDecimal btcWithdrawAmount,
        @Nullable BigDecimal usdtWithdrawAmount) {
}
