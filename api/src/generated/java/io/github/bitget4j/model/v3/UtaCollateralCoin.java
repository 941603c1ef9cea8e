// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * A coin that may serve as custom collateral.
 *
 * @param collateralCoin e.g. BTC.
 */
public record UtaCollateralCoin(
        String collateralCoin) {
}
