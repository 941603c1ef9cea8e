package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;

/** A futures position that was closed completely. No fees are charged, so the net profit is the PnL. */
record ClosedPosition(String positionId, String symbol, String marginCoin, HoldSide side, MarginMode marginMode,
                      BigDecimal openAveragePrice, BigDecimal closeAveragePrice, BigDecimal openedSize,
                      BigDecimal closedSize, BigDecimal pnl, long createdTime, long updatedTime) {
}
