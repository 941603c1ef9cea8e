// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An institutional-loan product: leverage, what it supports and its risk lines.
 *
 * @param productId the product id.
 * @param leverage leverage.
 * @param supportUsdtContract YES when USDT-margined futures may be traded.
 * @param supportCoinContract YES when coin-margined futures may be traded.
 * @param supportUsdcContract YES when USDC-margined futures may be traded.
 * @param transferLine LTV up to which transfers out are allowed.
 * @param spotBuyLine LTV up to which spot buys are allowed.
 * @param usdtContractOpenLine LTV up to which USDT-margined positions may be opened.
 * @param coinContractOpenLine LTV up to which coin-margined positions may be opened.
 * @param usdcContractOpenLine LTV up to which USDC-margined positions may be opened.
 * @param liquidationLine LTV that triggers liquidation.
 * @param stopLiquidationLine LTV at which liquidation stops.
 */
public record UtaInsLoanProduct(
        String productId,
        @Nullable BigDecimal leverage,
        @Nullable String supportUsdtContract,
        @Nullable String supportCoinContract,
        @Nullable String supportUsdcContract,
        @Nullable BigDecimal transferLine,
        @Nullable BigDecimal spotBuyLine,
        @Nullable BigDecimal usdtContractOpenLine,
        @Nullable BigDecimal coinContractOpenLine,
        @Nullable BigDecimal usdcContractOpenLine,
        @Nullable BigDecimal liquidationLine,
        @Nullable BigDecimal stopLiquidationLine) {
}
