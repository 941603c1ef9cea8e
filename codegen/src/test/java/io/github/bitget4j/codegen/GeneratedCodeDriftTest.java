package io.github.bitget4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The committed generated code is exactly what the model produces: nobody edited it, nobody forgot to regenerate. */
class GeneratedCodeDriftTest {

    private static final Path ROOT = Path.of(System.getProperty("bitget4j.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyGeneratedFileMatchesTheModel() {
        Map<String, String> expected = Generator.generate(Generator.load(ROOT));
        Map<String, String> committed = Generator.onDisk(ROOT);

        var missing = new TreeSet<>(expected.keySet());
        missing.removeAll(committed.keySet());
        var stale = new TreeSet<>(committed.keySet());
        stale.removeAll(expected.keySet());
        var changed = new TreeSet<String>();
        expected.forEach((path, content) -> {
            if (committed.containsKey(path) && !committed.get(path).equals(content)) {
                changed.add(path);
            }
        });

        String hint = "run ./mvnw -q -Pcodegen -pl codegen package and commit the model with its output";
        assertThat(missing).as("generated files not committed; " + hint).isEmpty();
        assertThat(stale).as("committed files the model no longer produces; " + hint).isEmpty();
        assertThat(changed).as("generated files edited by hand or not regenerated; " + hint).isEmpty();
    }

    @Test
    void everyGeneratedFileSaysWhichModelItCameFrom() {
        Generator.generate(Generator.load(ROOT)).forEach((path, content) -> {
            if (!path.endsWith(".json")) {
                assertThat(content.lines().findFirst().orElse("")).as(path)
                        .matches("// Generated from codegen/model/\\S+\\.model by bitget4j-codegen; edit the model, not this file\\.");
            }
        });
    }
}
