package io.github.bitget4j.testkit.internal;

/**
 * A futures account's margin mode and leverage for one symbol. Crossed positions use {@code crossLeverage};
 * isolated ones the leverage of their side. Guarded by the futures lock.
 */
final class SymbolSettings {

    MarginMode marginMode = MarginMode.CROSSED;
    int crossLeverage = FuturesContract.DEFAULT_LEVERAGE;
    int longLeverage = FuturesContract.DEFAULT_LEVERAGE;
    int shortLeverage = FuturesContract.DEFAULT_LEVERAGE;

    int leverageFor(MarginMode mode, HoldSide side) {
        if (mode == MarginMode.CROSSED) {
            return crossLeverage;
        }
        return side == HoldSide.LONG ? longLeverage : shortLeverage;
    }

    View view(String symbol) {
        return new View(symbol, marginMode, crossLeverage, longLeverage, shortLeverage);
    }

    /** An immutable copy. */
    record View(String symbol, MarginMode marginMode, int crossLeverage, int longLeverage, int shortLeverage) {
    }
}
