package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One open futures position. Its initial margin (entry value / leverage) is locked out of the account's
 * available balance; closing releases it pro rata and credits the realised PnL. Guarded by the futures lock.
 */
final class Position {

    /** Scale of money amounts computed by division (margins, average prices). */
    static final int SCALE = 8;

    final String positionId;
    final FuturesContract contract;
    final HoldSide side;
    final PositionMode posMode;
    final MarginMode marginMode;
    final long createdTime;

    int leverage;
    BigDecimal size = BigDecimal.ZERO;
    BigDecimal averagePrice = BigDecimal.ZERO;
    BigDecimal margin = BigDecimal.ZERO;
    /** Size reserved by open closing orders. */
    BigDecimal locked = BigDecimal.ZERO;
    BigDecimal realised = BigDecimal.ZERO;
    BigDecimal openedSize = BigDecimal.ZERO;
    BigDecimal closedSize = BigDecimal.ZERO;
    BigDecimal closedValue = BigDecimal.ZERO;
    long updatedTime;

    Position(String positionId, FuturesContract contract, HoldSide side, PositionMode posMode, MarginMode marginMode,
             int leverage, long now) {
        this.positionId = positionId;
        this.contract = contract;
        this.side = side;
        this.posMode = posMode;
        this.marginMode = marginMode;
        this.leverage = leverage;
        this.createdTime = now;
        this.updatedTime = now;
    }

    static BigDecimal initialMargin(BigDecimal price, BigDecimal quantity, int leverage) {
        return price.multiply(quantity).divide(BigDecimal.valueOf(leverage), SCALE, RoundingMode.HALF_UP);
    }

    /** Closable size: what closing orders have not reserved. */
    BigDecimal available() {
        return size.subtract(locked);
    }

    void open(BigDecimal price, BigDecimal quantity, long now) {
        BigDecimal newSize = size.add(quantity);
        averagePrice = averagePrice.multiply(size).add(price.multiply(quantity)).divide(newSize, SCALE, RoundingMode.HALF_UP);
        size = newSize;
        margin = margin.add(initialMargin(price, quantity, leverage));
        openedSize = openedSize.add(quantity);
        updatedTime = now;
    }

    /** Closes {@code quantity}; returns the PnL, which the caller credits to the account. */
    BigDecimal close(BigDecimal price, BigDecimal quantity, long now) {
        BigDecimal pnl = pnlAt(price, quantity);
        BigDecimal released = margin.multiply(quantity).divide(size, SCALE, RoundingMode.HALF_UP);
        margin = margin.subtract(released);
        size = size.subtract(quantity);
        realised = realised.add(pnl);
        closedSize = closedSize.add(quantity);
        closedValue = closedValue.add(price.multiply(quantity));
        updatedTime = now;
        return pnl;
    }

    BigDecimal pnlAt(BigDecimal price, BigDecimal quantity) {
        BigDecimal move = side == HoldSide.LONG ? price.subtract(averagePrice) : averagePrice.subtract(price);
        return move.multiply(quantity);
    }

    /** Re-bases the margin on a new leverage; returns the change, positive when more margin is locked. */
    BigDecimal releverage(int newLeverage) {
        BigDecimal newMargin = initialMargin(averagePrice, size, newLeverage);
        BigDecimal change = newMargin.subtract(margin);
        leverage = newLeverage;
        margin = newMargin;
        return change;
    }

    PositionView view(BigDecimal markPrice, BigDecimal openDelegateSize) {
        return new PositionView(positionId, contract.symbol(), contract.marginCoin(), side, posMode, marginMode, leverage,
                size, available(), locked, averagePrice, margin, pnlAt(markPrice, size), realised, markPrice,
                openDelegateSize, createdTime, updatedTime);
    }

    ClosedPosition closed() {
        BigDecimal closeAverage = closedValue.divide(closedSize, SCALE, RoundingMode.HALF_UP);
        return new ClosedPosition(positionId, contract.symbol(), contract.marginCoin(), side, marginMode, averagePrice,
                closeAverage, openedSize, closedSize, realised, createdTime, updatedTime);
    }
}
