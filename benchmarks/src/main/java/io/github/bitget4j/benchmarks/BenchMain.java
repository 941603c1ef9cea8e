package io.github.bitget4j.benchmarks;

import io.github.bitget4j.benchmarks.jmh.JmhRunner;
import io.github.bitget4j.benchmarks.load.LoadHarness;

/**
 * {@code jmh} runs the micro-benchmarks, {@code load} the load harness, {@code limits} the rate limit harness;
 * {@code -Dbench.quick} shortens them.
 */
public final class BenchMain {

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String what = args.length == 0 ? "" : args[0];
        switch (what) {
            case "jmh" -> JmhRunner.main(args);
            case "load" -> LoadHarness.main(args);
            case "limits" -> io.github.bitget4j.benchmarks.limits.RateLimitHarness.main(args);
            default -> {
                System.err.println("usage: BenchMain jmh|load|limits   (Maven: -Dbench=jmh, -Dbench=load or -Dbench=limits; add -Dbench.quick)");
                System.exit(2);
            }
        }
    }
}
