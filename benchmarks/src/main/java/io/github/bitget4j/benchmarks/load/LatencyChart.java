package io.github.bitget4j.benchmarks.load;

import java.util.List;
import java.util.Locale;

/**
 * A hand-written SVG: one panel per concurrency, one group of bars per client, p50 / p90 / p99 latency in ms on
 * each panel's own linear scale (latency at C = 1024 is two orders above C = 1).
 */
final class LatencyChart {

    private static final int WIDTH = 760;
    private static final int LABEL = 110;
    private static final int BAR = 11;
    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#e15759"};
    private static final String[] NAMES = {"p50", "p90", "p99"};

    private LatencyChart() {
    }

    static String svg(List<PhaseResult> results, List<Integer> concurrencies, List<String> clients, String title) {
        var body = new StringBuilder();
        int y = 50;
        for (int c : concurrencies) {
            List<PhaseResult> panel = results.stream().filter(r -> r.concurrency() == c).toList();
            if (panel.isEmpty()) {
                continue;
            }
            double max = panel.stream().mapToDouble(PhaseResult::p99Millis).filter(v -> !Double.isNaN(v)).max().orElse(1);
            double scale = (WIDTH - LABEL - 90) / niceCeiling(max);
            body.append(text(10, y, "C = " + c + "  (axis 0 to " + fmt(niceCeiling(max)) + " ms)", "bold"));
            y += 10;
            for (String client : clients) {
                PhaseResult r = panel.stream().filter(p -> p.client().equals(client)).findFirst().orElse(null);
                if (r == null) {
                    continue;
                }
                body.append(text(10, y + 20, client, "normal"));
                double[] values = {r.p50Millis(), r.p90Millis(), r.p99Millis()};
                for (int i = 0; i < 3; i++) {
                    double w = Double.isNaN(values[i]) ? 0 : Math.max(1, values[i] * scale);
                    body.append(String.format(Locale.ROOT,
                            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s %s C=%d: %s ms</title></rect>%n",
                            LABEL, y + 4 + i * (BAR + 1), w, BAR, COLOURS[i], client, NAMES[i], c, fmt(values[i])));
                    body.append(text((int) (LABEL + w + 4), y + 4 + i * (BAR + 1) + BAR - 2, fmt(values[i]) + " ms", "small"));
                }
                y += 3 * (BAR + 1) + 10;
            }
            y += 16;
        }
        var legend = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            legend.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"30\" width=\"12\" height=\"12\" fill=\"%s\"/>%n",
                    LABEL + i * 70, COLOURS[i])).append(text(LABEL + i * 70 + 16, 40, NAMES[i], "normal"));
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + WIDTH + "\" height=\"" + (y + 10)
                + "\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
                + "<style>.bold{font-size:13px;font-weight:bold}.normal{font-size:12px}.small{font-size:10px;fill:#444}</style>\n"
                + text(10, 18, title, "bold") + legend + body + "</svg>\n";
    }

    private static double niceCeiling(double value) {
        double magnitude = Math.pow(10, Math.floor(Math.log10(Math.max(value, 1e-3))));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (value <= step * magnitude) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    private static String text(int x, int y, String text, String style) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" class=\"" + style + "\">" + text.replace("&", "&amp;")
                .replace("<", "&lt;") + "</text>\n";
    }

    private static String fmt(double value) {
        return Double.isNaN(value) ? "n/a" : value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
                : value >= 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.2f", value);
    }
}
