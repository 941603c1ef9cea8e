package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A futures order: a {@link BookOrder} that freezes margin or reserves position size. Guarded by the futures lock. */
final class FuturesOrder extends BookOrder {

    final FuturesAccount account;
    final FuturesContract contract;
    final FuturesOrderRequest request;
    final PositionMode posMode;
    final MarginMode marginMode;
    final int leverage;
    /** Price the frozen margin was computed at: the limit, or the best counter price for a market order. */
    final BigDecimal marginPrice;

    /** Margin still frozen for the opening part not yet filled. */
    BigDecimal frozenMargin = BigDecimal.ZERO;
    /** Size still reserved on the opposite (one-way) or named (hedge close) position, to be closed by fills. */
    BigDecimal closeLeft = BigDecimal.ZERO;
    /** Realised PnL of this order's closing fills. */
    BigDecimal profit = BigDecimal.ZERO;

    FuturesOrder(String orderId, String clientOid, FuturesAccount account, FuturesContract contract, FuturesOrderRequest request,
                 PositionMode posMode, MarginMode marginMode, int leverage, BigDecimal marginPrice, long now) {
        super(orderId, clientOid, contract.book(), request.bookBuy(), request.market(), request.force(), request.price(),
                request.size(), now);
        this.account = account;
        this.contract = contract;
        this.request = request;
        this.posMode = posMode;
        this.marginMode = marginMode;
        this.leverage = leverage;
        this.marginPrice = marginPrice;
    }

    PositionEffect effect() {
        return request.effect();
    }

    /** The position this order adds to when it opens: the named one in hedge mode, the side of the buy/sell in one-way. */
    HoldSide openSide() {
        HoldSide named = request.effect().holdSide();
        return named != null ? named : HoldSide.openedBy(buy);
    }

    /** The position this order reduces: the named one of a hedge close, the opposite of its side in one-way. */
    HoldSide closeSide() {
        HoldSide named = request.effect().holdSide();
        return named != null ? named : HoldSide.openedBy(buy).opposite();
    }

    FuturesOrderView view() {
        return new FuturesOrderView(orderId, clientOid, contract.symbol(), contract.marginCoin(), buy, market, force, price,
                size, filledSize, filledValue, averagePrice(), status, cancelReason, request.effect(), posMode, marginMode,
                leverage, request.reduceOnly(), request.origin(), profit, request.takeProfit(), request.stopLoss(),
                createdTime, updatedTime);
    }

    @Nullable BigDecimal limitPrice() {
        return price;
    }
}
