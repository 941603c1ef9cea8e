// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * A symbol with an RPI order book.
 *
 * @param category e.g. spot, usdt-futures (Bitget sends lower case here)
 * @param symbol e.g. BTCUSDT.
 */
public record UtaRpiSymbol(
        String category,
        String symbol) {
}
