package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the simulated markets moving so that a standalone testkit shows live streams: at each tick a bot account
 * sends one small market order, of a random side, on every spot symbol and every futures contract. Each trades with
 * the market maker, so tickers, trades and books move, a random walk around the start prices. The bot's spot and
 * futures accounts are its own: users' balances and orders are never touched.
 */
final class MarketMover {

    static final String BOT_KEY = "testkit-market-bot";

    private final Exchange exchange;
    private final FuturesEngine futures;
    private final SplittableRandom random = new SplittableRandom(42);
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable Thread worker;

    MarketMover(Exchange exchange, FuturesEngine futures) {
        this.exchange = exchange;
        this.futures = futures;
    }

    /** Starts ticking every {@code interval}, or changes the interval; {@code Duration.ZERO} stops. */
    void every(Duration interval) {
        lock.lock();
        try {
            if (worker != null) {
                worker.interrupt();
                worker = null;
            }
            if (!interval.isZero()) {
                exchange.open(BOT_KEY);
                futures.open(BOT_KEY);
                worker = Thread.ofVirtual().name("bitget4j-testkit-market-mover").start(() -> run(interval));
            }
        } finally {
            lock.unlock();
        }
    }

    private void run(Duration interval) {
        while (!Thread.currentThread().isInterrupted()) {
            tick();
            try {
                Thread.sleep(interval);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** One order per market; a refusal (the bot ran short of a coin) just skips that market this time. */
    void tick() {
        Account bot = exchange.account(BOT_KEY);
        for (SymbolSpec spec : exchange.specs()) {
            BigDecimal size = spec.makerSize().divide(BigDecimal.TEN, spec.quantityPrecision(), RoundingMode.DOWN);
            boolean buy = random.nextBoolean();
            try {
                exchange.place(bot, new OrderRequest(spec.symbol(), buy, true, "gtc", null,
                        buy ? size.multiply(spec.mid()).setScale(2, RoundingMode.DOWN) : size, null));
            } catch (RuntimeException refused) {
                // no balance for this side now; the other side brings it back
            }
        }
        FuturesAccount account = futures.account(BOT_KEY);
        for (FuturesContract c : futures.contracts()) {
            try {
                futures.place(account, FuturesOrderRequest.market(c.symbol(), PositionEffect.NET, random.nextBoolean(),
                        c.minTradeNum(), null, false, FuturesOrderRequest.OrderOrigin.USER));
            } catch (RuntimeException refused) {
                // margin used up for this side now; the other side frees it
            }
        }
    }
}
