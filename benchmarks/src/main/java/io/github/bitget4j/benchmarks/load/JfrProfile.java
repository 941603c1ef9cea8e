package io.github.bitget4j.benchmarks.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A JFR recording of one phase ({@code -Dbench.jfr}: each Java client at {@code -Dbench.jfr.concurrency}, 64 by
 * default), summarised as the methods most often on top of the stack in execution samples, the first bitget4j method
 * below them (who caused it), and the same for the bytes allocated.
 */
final class JfrProfile {

    private JfrProfile() {
    }

    static Recording start() {
        try {
            var recording = new Recording(Configuration.getConfiguration("default"));
            // "default" keeps JFR's overhead low but samples every 20 ms: a phase of a few seconds needs more than that
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
            recording.enable("jdk.ObjectAllocationSample").with("throttle", "5000/s"); // default: 150/s
            recording.start();
            return recording;
        } catch (IOException | java.text.ParseException e) {
            throw new IllegalStateException("JFR's 'default' settings are missing from this JDK", e);
        }
    }

    /** Stops, dumps to {@code file}, and returns a text summary. */
    static String stopAndSummarise(Recording recording, Path file, int top) {
        try {
            recording.stop();
            recording.dump(file);
            recording.close();
            List<RecordedEvent> samples = RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample")).toList();
            var topFrames = new HashMap<String, Integer>();
            var causes = new HashMap<String, Integer>();
            var packages = new HashMap<String, Integer>();
            for (RecordedEvent sample : samples) {
                if (sample.getStackTrace() == null || sample.getStackTrace().getFrames().isEmpty()) {
                    continue;
                }
                List<RecordedFrame> frames = sample.getStackTrace().getFrames();
                topFrames.merge(name(frames.get(0)), 1, Integer::sum);
                packages.merge(packageOf(frames.get(0)), 1, Integer::sum);
                String cause = frames.stream().map(JfrProfile::name).filter(n -> n.startsWith("io.github.bitget4j."))
                        .filter(n -> !n.startsWith("io.github.bitget4j.benchmarks.")).findFirst().orElse("(no bitget4j frame)");
                causes.merge(cause, 1, Integer::sum);
            }
            return "JFR " + file + ": " + samples.size() + " execution samples\n"
                    + "top frames (self time):\n" + table(topFrames, samples.size(), top)
                    + "top frames by package (self time):\n" + table(packages, samples.size(), top)
                    + "first bitget4j frame on the stack (inclusive):\n" + table(causes, samples.size(), top)
                    + allocations(file, top);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
    }

    /**
     * Allocation samples weighted by the bytes each stands for: by allocated class, by allocating method, and by the
     * first bitget4j method on the stack (the SDK call that caused the bytes).
     */
    private static String allocations(Path file, int top) throws IOException {
        List<RecordedEvent> samples = RecordingFile.readAllEvents(file).stream()
                .filter(e -> e.getEventType().getName().equals("jdk.ObjectAllocationSample")).toList();
        var byClass = new HashMap<String, Long>();
        var bySite = new HashMap<String, Long>();
        var byCause = new HashMap<String, Long>();
        long total = 0;
        for (RecordedEvent sample : samples) {
            long weight = sample.getLong("weight");
            total += weight;
            byClass.merge(sample.getClass("objectClass").getName(), weight, Long::sum);
            if (sample.getStackTrace() == null || sample.getStackTrace().getFrames().isEmpty()) {
                continue;
            }
            List<RecordedFrame> frames = sample.getStackTrace().getFrames();
            bySite.merge(name(frames.get(0)), weight, Long::sum);
            byCause.merge(frames.stream().map(JfrProfile::name).filter(n -> n.startsWith("io.github.bitget4j."))
                    .filter(n -> !n.startsWith("io.github.bitget4j.benchmarks.")).findFirst()
                    .orElse("(no bitget4j frame)"), weight, Long::sum);
        }
        return "allocation samples: " + samples.size() + ", weighing " + total / (1024 * 1024) + " MB\n"
                + "allocated class (bytes):\n" + table(byClass, total, top)
                + "allocating method (bytes):\n" + table(bySite, total, top)
                + "first bitget4j frame on the stack (bytes, inclusive):\n" + table(byCause, total, top);
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    /** The first three segments of the package: {@code org.eclipse.jetty}, {@code java.util.concurrent}, ... */
    private static String packageOf(RecordedFrame frame) {
        String type = frame.getMethod().getType().getName();
        String[] parts = type.split("\\.");
        return String.join(".", java.util.Arrays.asList(parts).subList(0, Math.min(3, parts.length - 1)));
    }

    private static <N extends Number> String table(Map<String, N> counts, long total, int top) {
        var out = new StringBuilder();
        counts.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue().doubleValue(), a.getValue().doubleValue()))
                .limit(top).forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n",
                        100.0 * e.getValue().doubleValue() / total,
                        e.getKey())));
        return out.toString();
    }
}
