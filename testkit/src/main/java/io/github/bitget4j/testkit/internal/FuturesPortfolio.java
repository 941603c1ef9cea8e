package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads of a futures account (positions, closed positions, fills, money) and changes of its settings
 * (leverage, margin mode, position mode), under the {@link FuturesEngine}'s lock.
 */
final class FuturesPortfolio {

    /** The account's money in the margin coin, valued at the current mark prices. */
    record AccountView(String marginCoin, BigDecimal cash, BigDecimal available, BigDecimal locked,
                       BigDecimal crossedMargin, BigDecimal isolatedMargin, BigDecimal crossedUnrealised,
                       BigDecimal isolatedUnrealised, PositionMode posMode) {

        BigDecimal unrealised() {
            return crossedUnrealised.add(isolatedUnrealised);
        }

        BigDecimal equity() {
            return cash.add(unrealised());
        }
    }

    private final FuturesEngine engine;

    FuturesPortfolio(FuturesEngine engine) {
        this.engine = engine;
    }

    /** Fills, newest first. */
    List<FuturesFill> fills(FuturesAccount account) {
        return engine.locked(() -> new ArrayList<>(account.fills()).reversed());
    }

    /** Open positions (of one symbol when given), valued at the mark price. */
    List<PositionView> positions(FuturesAccount account, @Nullable String symbol) {
        return engine.locked(() -> {
            List<PositionView> list = new ArrayList<>();
            for (Position p : account.positions()) {
                if (symbol == null || symbol.equals(p.contract.symbol())) {
                    list.add(p.view(engine.markPrice(p.contract.symbol()), openDelegateSize(account, p)));
                }
            }
            return list;
        });
    }

    private static BigDecimal openDelegateSize(FuturesAccount account, Position p) {
        BigDecimal total = BigDecimal.ZERO;
        for (FuturesOrder o : account.openOrders()) {
            if (o.contract == p.contract && o.openSide() == p.side && !o.effect().closing()) {
                total = total.add(o.remainingBase().subtract(o.closeLeft));
            }
        }
        return total;
    }

    /** Closed positions, newest first. */
    List<ClosedPosition> closedPositions(FuturesAccount account) {
        return engine.locked(() -> new ArrayList<>(account.closedPositions()).reversed());
    }

    AccountView accountView(FuturesAccount account) {
        return engine.locked(() -> {
            BigDecimal crossedUnrealised = BigDecimal.ZERO;
            BigDecimal isolatedUnrealised = BigDecimal.ZERO;
            for (Position p : account.positions()) {
                BigDecimal pnl = p.pnlAt(engine.markPrice(p.contract.symbol()), p.size);
                if (p.marginMode == MarginMode.CROSSED) {
                    crossedUnrealised = crossedUnrealised.add(pnl);
                } else {
                    isolatedUnrealised = isolatedUnrealised.add(pnl);
                }
            }
            return new AccountView("USDT", account.cash, account.available(), account.frozenMargin(),
                    account.positionMargin(MarginMode.CROSSED), account.positionMargin(MarginMode.ISOLATED),
                    crossedUnrealised, isolatedUnrealised, account.posMode);
        });
    }

    /** Money moved in from another wallet of the same key (a spot to futures transfer). */
    void transferIn(FuturesAccount account, BigDecimal amount) {
        engine.locked(() -> {
            account.cash = account.cash.add(amount);
            return null;
        });
    }

    /**
     * Money moved out to another wallet of the same key; only what no position or order holds can go.
     *
     * @throws FuturesException INSUFFICIENT_BALANCE when less is available
     */
    void transferOut(FuturesAccount account, BigDecimal amount) {
        engine.locked(() -> {
            if (amount.compareTo(account.available()) > 0) {
                throw new FuturesException(FuturesException.Reason.INSUFFICIENT_BALANCE, account.apiKey);
            }
            account.cash = account.cash.subtract(amount);
            return null;
        });
    }

    /** Sets the wallet balance, e.g. to test insufficient margin. */
    void setBalance(FuturesAccount account, BigDecimal cash) {
        engine.locked(() -> {
            account.cash = cash;
            return null;
        });
    }


    // ---- settings

    /** Every symbol whose settings the account has touched, by symbol. */
    Map<String, SymbolSettings.View> allSettings(FuturesAccount account) {
        return engine.locked(() -> {
            Map<String, SymbolSettings.View> views = new TreeMap<>();
            account.allSettings().forEach((symbol, settings) -> views.put(symbol, settings.view(symbol)));
            return views;
        });
    }

    SymbolSettings.View settings(FuturesAccount account, String symbol) {
        String s = engine.contract(symbol).symbol();
        return engine.locked(() -> account.settings(s).view(s));
    }

    /**
     * Changes a symbol's leverage. Crossed mode has one leverage ({@code leverage}, else {@code longLeverage} or
     * {@code shortLeverage}); isolated mode one per side: {@code longLeverage}/{@code shortLeverage}, else
     * {@code leverage} for {@code holdSide}, else for both. Open positions keep their size and have their margin
     * re-based on the new leverage.
     *
     * @throws FuturesException LEVERAGE_OUT_OF_RANGE, or INSUFFICIENT_BALANCE when the extra margin is not available
     */
    SymbolSettings.View setLeverage(FuturesAccount account, String symbol, @Nullable Integer leverage,
                                    @Nullable Integer longLeverage, @Nullable Integer shortLeverage, @Nullable HoldSide holdSide) {
        FuturesContract c = engine.contract(symbol);
        for (Integer value : new Integer[] {leverage, longLeverage, shortLeverage}) {
            if (value != null && (value < c.minLever() || value > c.maxLever())) {
                throw new FuturesException(FuturesException.Reason.LEVERAGE_OUT_OF_RANGE, value.toString());
            }
        }
        return engine.locked(() -> {
            SymbolSettings settings = account.settings(c.symbol());
            int newLong;
            int newShort;
            if (settings.marginMode == MarginMode.CROSSED) {
                Integer value = leverage != null ? leverage : longLeverage != null ? longLeverage : shortLeverage;
                if (value == null) {
                    throw ApiError.missingParameter("leverage");
                }
                newLong = value;
                newShort = value;
            } else {
                newLong = longLeverage != null ? longLeverage
                        : leverage != null && holdSide != HoldSide.SHORT ? leverage : settings.longLeverage;
                newShort = shortLeverage != null ? shortLeverage
                        : leverage != null && holdSide != HoldSide.LONG ? leverage : settings.shortLeverage;
            }
            BigDecimal extraMargin = BigDecimal.ZERO;
            List<Position> affected = new ArrayList<>();
            for (HoldSide side : HoldSide.values()) {
                Position p = account.position(c.symbol(), side);
                if (p != null) {
                    int target = side == HoldSide.LONG ? newLong : newShort;
                    extraMargin = extraMargin.add(Position.initialMargin(p.averagePrice, p.size, target).subtract(p.margin));
                    affected.add(p);
                }
            }
            if (extraMargin.compareTo(account.available()) > 0) {
                throw new FuturesException(FuturesException.Reason.INSUFFICIENT_BALANCE, account.apiKey);
            }
            for (Position p : affected) {
                p.releverage(p.side == HoldSide.LONG ? newLong : newShort);
            }
            if (settings.marginMode == MarginMode.CROSSED) {
                settings.crossLeverage = newLong;
            }
            settings.longLeverage = newLong;
            settings.shortLeverage = newShort;
            return settings.view(c.symbol());
        });
    }

    /** @throws FuturesException MARGIN_MODE_LOCKED while the symbol has a position or an open order */
    SymbolSettings.View setMarginMode(FuturesAccount account, String symbol, MarginMode mode) {
        FuturesContract c = engine.contract(symbol);
        return engine.locked(() -> {
            SymbolSettings settings = account.settings(c.symbol());
            if (settings.marginMode != mode && account.hasPositionOrOrder(c.symbol())) {
                throw new FuturesException(FuturesException.Reason.MARGIN_MODE_LOCKED, c.symbol());
            }
            settings.marginMode = mode;
            return settings.view(c.symbol());
        });
    }

    /** @throws FuturesException POSITION_MODE_LOCKED while the account has any position or open order */
    void setPositionMode(FuturesAccount account, PositionMode mode) {
        engine.locked(() -> {
            if (account.posMode != mode && account.hasPositionOrOrder(null)) {
                throw new FuturesException(FuturesException.Reason.POSITION_MODE_LOCKED, mode.name());
            }
            account.posMode = mode;
            return null;
        });
    }
}
