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
 * A JFR recording of one phase (the SDK at C = 64 with {@code -Dbench.jfr}), summarised as the methods most
 * often on top of the stack in execution samples, and the first bitget4j method below them (who caused it).
 */
final class JfrProfile {

    private JfrProfile() {
    }

    static Recording start() {
        try {
            var recording = new Recording(Configuration.getConfiguration("default"));
            // "default" keeps JFR's overhead low but samples every 20 ms: a phase of a few seconds needs more than that
            recording.enable("jdk.ExecutionSample").withPeriod(java.time.Duration.ofMillis(1));
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
                    + "first bitget4j frame on the stack (inclusive):\n" + table(causes, samples.size(), top);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        }
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

    private static String table(Map<String, Integer> counts, int total, int top) {
        var out = new StringBuilder();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
                .forEach(e -> out.append(String.format(Locale.ROOT, "  %5.1f%%  %s%n", 100.0 * e.getValue() / total,
                        e.getKey())));
        return out.toString();
    }
}
