package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Reversing and flash-closing futures positions at market, under the {@link FuturesEngine}'s lock. */
final class FuturesClosing {

    /** One position's flash close: the order sent, or why none could be. */
    record CloseOutcome(String symbol, @Nullable FuturesOrderView order, @Nullable FuturesException error) {
    }

    private final FuturesEngine engine;

    FuturesClosing(FuturesEngine engine) {
        this.engine = engine;
    }

    /**
     * Reverses a position at market. One-way mode: the whole net position ({@code side} and {@code size}
     * ignored). Hedge mode: closes {@code size} (all when null or larger) of {@code side} and opens as much of
     * the other side.
     *
     * @return the order that opened the new position
     */
    FuturesOrderView reverse(FuturesAccount account, String symbol, @Nullable HoldSide side, @Nullable BigDecimal size,
                             @Nullable String clientOid) {
        FuturesContract c = engine.contract(symbol);
        return engine.locked(() -> {
            FuturesOrderRequest.OrderOrigin origin = FuturesOrderRequest.OrderOrigin.REVERSAL;
            if (account.posMode == PositionMode.ONE_WAY) {
                Position p = netPosition(account, symbol);
                BigDecimal quantity = p.available().multiply(BigDecimal.TWO);
                FuturesOrderRequest flip = FuturesOrderRequest.market(symbol, PositionEffect.NET, p.side == HoldSide.SHORT,
                        quantity, clientOid, false, origin);
                return engine.submit(account, c, flip).view();
            }
            HoldSide held = side != null ? side : HoldSide.LONG;
            Position p = account.position(symbol, held);
            if (p == null || p.available().signum() == 0) {
                throw new FuturesException(FuturesException.Reason.NO_POSITION, symbol);
            }
            BigDecimal quantity = size == null ? p.available() : size.min(p.available());
            engine.submit(account, c, FuturesOrderRequest.market(symbol, PositionEffect.close(held), false, quantity, null, false, origin));
            return engine.submit(account, c, FuturesOrderRequest.market(symbol, PositionEffect.open(held.opposite()), false, quantity,
                    clientOid, false, origin)).view();
        });
    }

    private static Position netPosition(FuturesAccount account, String symbol) {
        Position p = account.position(symbol, HoldSide.LONG);
        if (p == null) {
            p = account.position(symbol, HoldSide.SHORT);
        }
        if (p == null || p.available().signum() == 0) {
            throw new FuturesException(FuturesException.Reason.NO_POSITION, symbol);
        }
        return p;
    }

    /**
     * Closes positions at market: every position of the account, of one symbol, or one side of it. Each
     * position succeeds or fails on its own.
     *
     * @throws FuturesException NO_POSITION when nothing matches
     */
    List<CloseOutcome> flashClose(FuturesAccount account, @Nullable String symbol, @Nullable HoldSide side) {
        if (symbol != null) {
            engine.contract(symbol);
        }
        return engine.locked(() -> {
            List<Position> targets = new ArrayList<>();
            for (Position p : account.positions()) {
                if ((symbol == null || symbol.equals(p.contract.symbol())) && (side == null || side == p.side)) {
                    targets.add(p);
                }
            }
            if (targets.isEmpty()) {
                throw new FuturesException(FuturesException.Reason.NO_POSITION, symbol == null ? "all" : symbol);
            }
            List<CloseOutcome> outcomes = new ArrayList<>();
            for (Position p : targets) {
                String s = p.contract.symbol();
                try {
                    boolean hedge = account.posMode == PositionMode.HEDGE;
                    PositionEffect effect = hedge ? PositionEffect.close(p.side) : PositionEffect.NET;
                    FuturesOrderRequest close = FuturesOrderRequest.market(s, effect, p.side == HoldSide.SHORT, p.available(),
                            null, !hedge, FuturesOrderRequest.OrderOrigin.FLASH_CLOSE);
                    outcomes.add(new CloseOutcome(s, engine.submit(account, p.contract, close).view(), null));
                } catch (FuturesException e) {
                    outcomes.add(new CloseOutcome(s, null, e));
                }
            }
            return outcomes;
        });
    }
}
