package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.OrderStatus;
import java.math.BigDecimal;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The futures bookkeeping of orders and fills: what an order reserves when it arrives (position size for
 * its closing part, initial margin for its opening part), how each fill moves positions and the wallet,
 * and what an order gives back when it ends. No fees are charged. Runs under the futures lock.
 */
final class FuturesLedger {

    private final AtomicLong tradeIds = new AtomicLong(1_200_000_000_000_000_000L + System.currentTimeMillis() * 1000);
    private final AtomicLong positionIds = new AtomicLong(1_300_000_000_000_000_000L + System.currentTimeMillis() * 1000);

    String nextTradeId() {
        return Long.toString(tradeIds.incrementAndGet());
    }

    /**
     * Reserves what a new order needs, or refuses it and changes nothing.
     *
     * @throws FuturesException NO_POSITION or INSUFFICIENT_POSITION for a close beyond the position,
     *                          INSUFFICIENT_BALANCE when the margin to open is not available
     */
    void reserve(FuturesOrder order) {
        FuturesAccount account = order.account;
        String symbol = order.contract.symbol();
        Position closing = account.position(symbol, order.closeSide());
        BigDecimal closable = closing == null ? BigDecimal.ZERO : closing.available();
        BigDecimal closeQuantity;
        if (order.effect().closing()) {
            if (closing == null) {
                throw new FuturesException(FuturesException.Reason.NO_POSITION, symbol);
            }
            if (closable.compareTo(order.size) < 0) {
                throw new FuturesException(FuturesException.Reason.INSUFFICIENT_POSITION, symbol);
            }
            closeQuantity = order.size;
        } else if (order.effect() == PositionEffect.NET) {
            closeQuantity = order.size.min(closable);
            if (order.request.reduceOnly() && closeQuantity.signum() == 0) {
                throw new FuturesException(FuturesException.Reason.NO_POSITION, symbol);
            }
            if (order.request.reduceOnly() && closeQuantity.compareTo(order.size) < 0) {
                throw new FuturesException(FuturesException.Reason.INSUFFICIENT_POSITION, symbol);
            }
        } else {
            closeQuantity = BigDecimal.ZERO;
        }
        BigDecimal openQuantity = order.size.subtract(closeQuantity);
        BigDecimal margin = openQuantity.signum() == 0 ? BigDecimal.ZERO
                : Position.initialMargin(order.marginPrice, openQuantity, order.leverage);
        if (margin.compareTo(account.available()) > 0) {
            throw new FuturesException(FuturesException.Reason.INSUFFICIENT_BALANCE, account.apiKey);
        }
        if (closing != null && closeQuantity.signum() > 0) {
            closing.locked = closing.locked.add(closeQuantity);
        }
        order.closeLeft = closeQuantity;
        order.frozenMargin = margin;
    }

    /** Books one fill: closes first what the order reserved, opens the rest, and updates the order. */
    FuturesFill fill(FuturesOrder order, String tradeId, BigDecimal price, BigDecimal quantity, boolean maker, long now) {
        FuturesAccount account = order.account;
        String symbol = order.contract.symbol();
        BigDecimal closeQuantity = quantity.min(order.closeLeft);
        BigDecimal profit = null;
        if (closeQuantity.signum() > 0) {
            Position position = account.position(symbol, order.closeSide());
            if (position == null) {
                throw new IllegalStateException("reserved position vanished: " + symbol + " " + order.closeSide());
            }
            profit = position.close(price, closeQuantity, now);
            position.locked = position.locked.subtract(closeQuantity);
            order.closeLeft = order.closeLeft.subtract(closeQuantity);
            order.profit = order.profit.add(profit);
            account.cash = account.cash.add(profit);
            if (position.size.signum() == 0) {
                account.retire(position);
            }
        }
        BigDecimal openQuantity = quantity.subtract(closeQuantity);
        if (openQuantity.signum() > 0) {
            HoldSide side = order.openSide();
            Position position = account.position(symbol, side);
            if (position == null) {
                position = new Position(Long.toString(positionIds.incrementAndGet()), order.contract, side, order.posMode,
                        order.marginMode, order.leverage, now);
                account.addPosition(position);
            }
            position.open(price, openQuantity, now);
            BigDecimal frozenPart = Position.initialMargin(order.marginPrice, openQuantity, order.leverage);
            order.frozenMargin = order.frozenMargin.subtract(frozenPart.min(order.frozenMargin));
        }
        order.filledSize = order.filledSize.add(quantity);
        order.filledValue = order.filledValue.add(price.multiply(quantity));
        order.updatedTime = now;
        if (order.filledSize.compareTo(order.size) >= 0) {
            end(order, OrderStatus.FILLED, "", now);
        } else {
            order.status = OrderStatus.PARTIALLY_FILLED;
        }
        FuturesFill fill = new FuturesFill(tradeId, order.orderId, symbol, order.contract.marginCoin(), price, quantity,
                order.buy, order.effect(), order.posMode, order.request.reduceOnly(), profit, maker, now);
        account.addFill(fill);
        return fill;
    }

    /** Ends an order: gives back its frozen margin and the position size it still reserved. */
    void end(FuturesOrder order, OrderStatus status, String reason, long now) {
        order.frozenMargin = BigDecimal.ZERO;
        if (order.closeLeft.signum() > 0) {
            Position position = order.account.position(order.contract.symbol(), order.closeSide());
            if (position != null) {
                position.locked = position.locked.subtract(order.closeLeft);
            }
            order.closeLeft = BigDecimal.ZERO;
        }
        order.status = status;
        order.cancelReason = reason;
        order.updatedTime = now;
        order.account.closed(order);
    }
}
