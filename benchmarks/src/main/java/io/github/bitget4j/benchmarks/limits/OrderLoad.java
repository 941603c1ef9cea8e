package io.github.bitget4j.benchmarks.limits;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetRateLimitException;
import io.github.bitget4j.errors.BitgetThrottledException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N virtual threads placing resting spot orders on one key (Bitget: 10 a second per UID) until a deadline: how many
 * were placed, refused with 429, held back by the limiter (not sent) or failed otherwise, and the rate achieved.
 */
final class OrderLoad {

    /**
     * Counts of one run; {@code rate} is placed orders per second (see the method that measured it); {@code firstAt}
     * and {@code lastAt}: wall-clock milliseconds of the first and last order placed (0 when none).
     */
    record Outcome(long placed, long refused429, long throttled, long otherFailures, double rate, long firstAt, long lastAt) {
        Outcome(long placed, long refused429, long throttled, long otherFailures, double rate) {
            this(placed, refused429, throttled, otherFailures, rate, 0, 0);
        }

        String line() {
            return String.format(java.util.Locale.ROOT, "placed=%d refused429=%d throttled=%d other=%d rate=%.2f/s first=%d last=%d",
                    placed, refused429, throttled, otherFailures, rate, firstAt, lastAt);
        }

        static Outcome parse(String line) {
            var values = new java.util.HashMap<String, String>();
            for (String part : line.strip().split(" ")) {
                values.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1).replace("/s", ""));
            }
            return new Outcome(Long.parseLong(values.get("placed")), Long.parseLong(values.get("refused429")),
                    Long.parseLong(values.get("throttled")), Long.parseLong(values.get("other")),
                    Double.parseDouble(values.get("rate")), Long.parseLong(values.getOrDefault("first", "0")),
                    Long.parseLong(values.getOrDefault("last", "0")));
        }
    }

    /** What the callers of one run counted; {@code placedAt}: when each placed order was answered. */
    private static final class Counts {
        final AtomicLong placed = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong throttled = new AtomicLong();
        final AtomicLong other = new AtomicLong();
        final ConcurrentLinkedQueue<Long> placedAt = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Long> placedAtMillis = new ConcurrentLinkedQueue<>();
    }

    private OrderLoad() {
    }

    /**
     * Runs until every caller is done; the rate is measured between the first and the last order placed.
     *
     * @param callers  virtual threads, each placing orders one after the other until the deadline
     * @param duration how long callers keep placing; the limiter's wait is bounded by it
     */
    static Outcome run(ClientOptions options, int callers, Duration duration) throws InterruptedException {
        var counts = new Counts();
        try (var client = new RestClientV2(options.toBuilder().rateLimitMaxWait(duration).build());
             var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // from here: building a client in a cold JVM on a busy machine can take seconds
            start(threads, client, options.rateLimiting(), callers, System.nanoTime() + duration.toNanos(), counts);
        }
        long first = counts.placedAt.stream().mapToLong(Long::longValue).min().orElse(0);
        long last = counts.placedAt.stream().mapToLong(Long::longValue).max().orElse(0);
        long placed = counts.placed.get();
        double rate = placed < 2 ? 0 : (placed - 1) / ((last - first) / 1e9);
        return new Outcome(placed, counts.refused.get(), counts.throttled.get(), counts.other.get(), rate);
    }

    /**
     * Starts the callers now on a warm client and returns at the end of {@code duration}, without waiting for callers
     * still waiting for a permit (the caller of this method exits the JVM). Placed counts the orders answered within
     * the window, and the rate is that over the window's length.
     */
    static Outcome window(RestClientV2 client, int callers, Duration duration) throws InterruptedException {
        var counts = new Counts();
        long start = System.nanoTime();
        long deadline = start + duration.toNanos();
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        start(threads, client, true, callers, deadline, counts);
        Thread.sleep(Duration.ofNanos(deadline - System.nanoTime()));
        long placed = counts.placedAt.stream().filter(at -> at <= deadline).count();
        long endMillis = System.currentTimeMillis(); // the window's end, on the clock every member shares
        var inWindow = counts.placedAtMillis.stream().mapToLong(Long::longValue).filter(at -> at <= endMillis).toArray();
        return new Outcome(placed, counts.refused.get(), counts.throttled.get(), counts.other.get(),
                placed / (duration.toNanos() / 1e9), java.util.Arrays.stream(inWindow).min().orElse(0),
                java.util.Arrays.stream(inWindow).max().orElse(0));
    }

    private static void start(ExecutorService threads, RestClientV2 client, boolean limited, int callers, long deadline,
            Counts counts) {
        for (int i = 0; i < callers; i++) {
            int caller = i;
            threads.submit(() -> {
                int n = 0;
                while (System.nanoTime() < deadline) {
                    try {
                        client.spotSubmitOrder(order(caller + "-" + n++));
                        counts.placed.incrementAndGet();
                        counts.placedAt.add(System.nanoTime());
                        counts.placedAtMillis.add(System.currentTimeMillis());
                    } catch (BitgetRateLimitException e) {
                        counts.refused.incrementAndGet();
                    } catch (BitgetThrottledException e) {
                        counts.throttled.incrementAndGet();
                        return; // its wait would end past the deadline
                    } catch (RuntimeException | Error e) {
                        if (counts.other.getAndIncrement() == 0) {
                            System.err.println("first other failure: " + e);
                        }
                    }
                    if (!limited) {
                        return; // without the limiter every caller fires once, all at the same time
                    }
                }
            });
        }
    }

    static SpotOrderRequest order(String id) {
        return SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT).force(TimeInForce.GTC)
                .price(new BigDecimal("1000")).size(new BigDecimal("0.001"))
                .clientOid("h-" + ProcessHandle.current().pid() + "-" + id).build();
    }
}
