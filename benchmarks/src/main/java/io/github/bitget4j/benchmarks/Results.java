package io.github.bitget4j.benchmarks;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where results go ({@code -Dbench.results}, default {@code results/}) and how they are written. */
public final class Results {

    private Results() {
    }

    public static Path directory() {
        Path dir = Path.of(System.getProperty("bench.results", "results"));
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    /** True for {@code -Dbench.quick} (Maven passes "true"; an empty value counts too). */
    public static boolean quick() {
        String value = System.getProperty("bench.quick", "false");
        return value.isEmpty() || Boolean.parseBoolean(value);
    }

    public static Path writeJson(String fileName, Object value) {
        return writeText(fileName, new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
                .create().toJson(value) + "\n");
    }

    public static Path writeText(String fileName, String text) {
        Path file = directory().resolve(fileName);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
