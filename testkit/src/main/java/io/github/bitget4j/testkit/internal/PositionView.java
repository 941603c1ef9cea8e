package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * An immutable copy of an open futures position, valued at {@code markPrice}.
 *
 * @param openDelegateSize size of this side's opening orders still waiting in the book
 */
record PositionView(String positionId, String symbol, String marginCoin, HoldSide side, PositionMode posMode,
                    MarginMode marginMode, int leverage, BigDecimal size, BigDecimal available, BigDecimal locked,
                    BigDecimal averagePrice, BigDecimal margin, BigDecimal unrealised, BigDecimal realised,
                    BigDecimal markPrice, BigDecimal openDelegateSize, long createdTime, long updatedTime) {
}
