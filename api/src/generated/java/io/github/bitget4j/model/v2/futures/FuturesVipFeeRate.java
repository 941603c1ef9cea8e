// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Fee rates of one VIP level.
 *
 * @param level level ({@code level})
 * @param dealAmount 30-day trading volume threshold.
 * @param assetAmount asset threshold.
 * @param takerFeeRate taker fee rate ({@code takerFeeRate})
 * @param makerFeeRate maker fee rate ({@code makerFeeRate})
 * @param btcWithdrawAmount 24-hour withdrawal limit in BTC.
 * @param usdtWithdrawAmount usdt withdraw amount ({@code usdtWithdrawAmount})
 */
public record FuturesVipFeeRate(
        Integer level,
        @Nullable BigDecimal dealAmount,
        @Nullable BigDecimal assetAmount,
        BigDecimal takerFeeRate,
        BigDecimal makerFeeRate,
        @Nullable BigDecimal btcWithdrawAmount,
        @Nullable BigDecimal usdtWithdrawAmount) {
}
