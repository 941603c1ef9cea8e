package io.github.bitget4j.benchmarks.jmh;

import io.github.bitget4j.benchmarks.Results;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.annotations.Mode;

/**
 * Runs the micro-benchmarks (average time per operation, one fork) and prints the ratios the targets are
 * stated in. Writes {@code jmh-raw.json} (JMH's own format) and {@code jmh-last-run.json} (scores and ratios).
 */
public final class JmhRunner {

    private JmhRunner() {
    }

    public static void main(String[] args) throws RunnerException {
        boolean quick = Results.quick();
        String filter = System.getProperty("bench.jmh.include", "io\\.github\\.bitget4j\\.benchmarks\\.jmh\\..*");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(filter)
                .mode(Mode.AverageTime)
                .timeUnit(TimeUnit.NANOSECONDS)
                .forks(1)
                .threads(1)
                .jvmArgsAppend("-Xms1g", "-Xmx1g", "-Dslf4j.internal.verbosity=ERROR")
                .resultFormat(ResultFormatType.JSON)
                .result(Results.directory().resolve("jmh-raw.json").toString());
        if (quick) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(500));
        } else {
            options.warmupIterations(3).warmupTime(TimeValue.seconds(2))
                    .measurementIterations(5).measurementTime(TimeValue.seconds(2));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Map<String, double[]> scores = new LinkedHashMap<>();
        for (RunResult run : results) {
            Result<?> primary = run.getPrimaryResult();
            String name = run.getParams().getBenchmark();
            scores.put(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1),
                    new double[] {primary.getScore(), primary.getScoreError()});
        }
        report(scores, quick);
    }

    private static void report(Map<String, double[]> scores, boolean quick) {
        var ratios = new ArrayList<Map<String, Object>>();
        ratio(ratios, scores, "SigningBenchmark.sdkHmacSign", "SigningBenchmark.bareMacDoFinal",
                "SDK HMAC signing time / bare Mac.doFinal time", 1.3);
        ratio(ratios, scores, "SigningBenchmark.sdkRsaSign", "SigningBenchmark.bareSignatureSign",
                "SDK RSA signing time / bare Signature.sign time", Double.NaN);
        // throughput ratio = baseline time / SDK time
        ratioInverse(ratios, scores, "DecodingBenchmark.sdkTypedTickers500", "DecodingBenchmark.gsonTreeTickers500",
                "typed tickers throughput / JsonElement throughput (500 symbols)", 0.7);
        ratioInverse(ratios, scores, "DecodingBenchmark.sdkTypedOrderHistory50", "DecodingBenchmark.gsonTreeOrderHistory50",
                "typed order history throughput / JsonElement throughput (50 orders)", 0.7);

        var out = new StringBuilder("\nbenchmark                                          ns/op        ± error\n");
        var rows = new ArrayList<Map<String, Object>>();
        scores.forEach((name, s) -> {
            out.append(String.format(Locale.ROOT, "%-46s %12.1f %12.1f%n", name, s[0], s[1]));
            rows.add(Map.of("benchmark", name, "nsPerOp", s[0], "error", s[1]));
        });
        out.append('\n');
        for (Map<String, Object> r : ratios) {
            out.append(String.format(Locale.ROOT, "%-70s %6.2f  %s%n", r.get("ratio"), (double) r.get("value"),
                    r.get("verdict")));
        }
        System.out.println(out);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("quick", quick);
        json.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        json.put("cores", Runtime.getRuntime().availableProcessors());
        json.put("scores", rows);
        json.put("ratios", ratios);
        var md = new StringBuilder("| benchmark | ns/op | ± error (99.9%) |\n|---|---:|---:|\n");
        scores.forEach((name, s) -> md.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f |%n", name, s[0], s[1])));
        md.append("\n| ratio | value | verdict |\n|---|---:|---|\n");
        ratios.forEach(r -> md.append(String.format(Locale.ROOT, "| %s | %.2f | %s |%n", r.get("ratio"),
                (double) r.get("value"), r.get("verdict"))));
        Results.writeText("jmh-last-run.md", md.toString());
        System.out.println("written: " + Results.writeJson("jmh-last-run.json", json) + ", jmh-last-run.md, "
                + Results.directory().resolve("jmh-raw.json"));
    }

    /** value = sdk / baseline, both times; lower is better. */
    private static void ratio(List<Map<String, Object>> out, Map<String, double[]> scores, String sdk, String base,
            String label, double maxTarget) {
        if (!scores.containsKey(sdk) || !scores.containsKey(base)) {
            return;
        }
        double value = scores.get(sdk)[0] / scores.get(base)[0];
        String verdict = Double.isNaN(maxTarget) ? "(no target)"
                : value <= maxTarget ? "target <= " + maxTarget + ": MET"
                : "target <= " + maxTarget + ": MISSED";
        out.add(entry(label, value, verdict));
    }

    /** value = baseline time / sdk time, i.e. SDK throughput relative to the baseline; higher is better. */
    private static void ratioInverse(List<Map<String, Object>> out, Map<String, double[]> scores, String sdk,
            String base, String label, double minTarget) {
        if (!scores.containsKey(sdk) || !scores.containsKey(base)) {
            return;
        }
        double value = scores.get(base)[0] / scores.get(sdk)[0];
        out.add(entry(label, value, "target >= " + minTarget + ": " + (value >= minTarget ? "MET" : "MISSED")));
    }

    private static Map<String, Object> entry(String label, double value, String verdict) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("ratio", label);
        map.put("value", value);
        map.put("verdict", verdict);
        return map;
    }
}
