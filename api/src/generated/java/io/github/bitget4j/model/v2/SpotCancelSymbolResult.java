// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

/**
 * The symbol whose orders are being cancelled.
 *
 * @param symbol symbol ({@code symbol})
 */
public record SpotCancelSymbolResult(
        String symbol) {
}
