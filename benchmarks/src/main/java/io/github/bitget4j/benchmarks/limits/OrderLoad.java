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
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * N virtual threads placing resting spot orders on one key (Bitget: 10 a second per UID) until a deadline: how many
 * were placed, refused with 429, held back by the limiter (not sent) or failed otherwise, and the rate achieved.
 */
final class OrderLoad {

    /** Counts of one run; {@code rate} is placed orders per second between the first and the last one placed. */
    record Outcome(long placed, long refused429, long throttled, long otherFailures, double rate) {
        String line() {
            return String.format(java.util.Locale.ROOT, "placed=%d refused429=%d throttled=%d other=%d rate=%.2f/s", placed,
                    refused429, throttled, otherFailures, rate);
        }

        static Outcome parse(String line) {
            var values = new java.util.HashMap<String, String>();
            for (String part : line.strip().split(" ")) {
                values.put(part.substring(0, part.indexOf('=')), part.substring(part.indexOf('=') + 1).replace("/s", ""));
            }
            return new Outcome(Long.parseLong(values.get("placed")), Long.parseLong(values.get("refused429")),
                    Long.parseLong(values.get("throttled")), Long.parseLong(values.get("other")),
                    Double.parseDouble(values.get("rate")));
        }
    }

    private OrderLoad() {
    }

    /**
     * @param callers  virtual threads, each placing orders one after the other until the deadline
     * @param duration how long callers keep placing; the limiter's wait is bounded by what is left of it
     */
    static Outcome run(ClientOptions options, int callers, Duration duration) throws InterruptedException {
        var placed = new AtomicLong();
        var refused = new AtomicLong();
        var throttled = new AtomicLong();
        var other = new AtomicLong();
        var placedAt = new ConcurrentLinkedQueue<Long>();
        try (var client = new RestClientV2(options.toBuilder().rateLimitMaxWait(duration).build());
             var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // from here: building a client in a cold JVM on a busy machine can take seconds
            long deadline = System.nanoTime() + duration.toNanos();
            for (int i = 0; i < callers; i++) {
                int caller = i;
                threads.submit(() -> {
                    int n = 0;
                    while (System.nanoTime() < deadline) {
                        try {
                            client.spotSubmitOrder(order(caller + "-" + n++));
                            placed.incrementAndGet();
                            placedAt.add(System.nanoTime());
                        } catch (BitgetRateLimitException e) {
                            refused.incrementAndGet();
                        } catch (BitgetThrottledException e) {
                            throttled.incrementAndGet();
                            return; // its wait would end past the deadline
                        } catch (RuntimeException | Error e) {
                            if (other.getAndIncrement() == 0) {
                                System.err.println("first other failure: " + e);
                            }
                        }
                        if (!options.rateLimiting()) {
                            return; // without the limiter every caller fires once, all at the same time
                        }
                    }
                });
            }
        }
        long first = placedAt.stream().mapToLong(Long::longValue).min().orElse(0);
        long last = placedAt.stream().mapToLong(Long::longValue).max().orElse(0);
        double rate = placed.get() < 2 ? 0 : (placed.get() - 1) / ((last - first) / 1e9);
        return new Outcome(placed.get(), refused.get(), throttled.get(), other.get(), rate);
    }

    private static SpotOrderRequest order(String id) {
        return SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT).force(TimeInForce.GTC)
                .price(new BigDecimal("1000")).size(new BigDecimal("0.001"))
                .clientOid("h-" + ProcessHandle.current().pid() + "-" + id).build();
    }
}
