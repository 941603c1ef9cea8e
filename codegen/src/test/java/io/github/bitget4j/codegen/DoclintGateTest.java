package io.github.bitget4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The javadoc gate of the parent pom: javac's doclint with the pom's own flags fails the compile, naming file and
 * line, on a public member without javadoc or with a broken one, and stays quiet for documented code and for
 * {@code internal} packages. Also checks that every library module keeps the gate on and that every {@code internal}
 * package of theirs is one the gate excludes, so that the exclusion list cannot drift from the code.
 */
class DoclintGateTest {

    private static final Path ROOT = Path.of(System.getProperty("bitget4j.root", "..")).toAbsolutePath().normalize();
    /** The modules whose public API must be documented (their poms must not turn the gate off). */
    private static final List<String> LIBRARY_MODULES = List.of("spi", "api", "impl-jetty", "impl-jdk", "signers",
            "ratelimit-redis", "testkit", "kotlin");

    private static String parentPom() throws IOException {
        return Files.readString(ROOT.resolve("pom.xml"));
    }

    private static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(pom);
        assertThat(m.find()).as("property %s in the parent pom", name).isTrue();
        return m.group(1).trim();
    }

    /** The flags the parent pom gives javac for main code, with warnings failing the build as there. */
    private static List<String> gateFlags() throws IOException {
        String pom = parentPom();
        assertThat(pom).contains("<arg>${bitget4j.doclint}</arg>", "<arg>${bitget4j.doclint.packages}</arg>",
                "<failOnWarning>${bitget4j.failOnWarning}</failOnWarning>");
        assertThat(property(pom, "bitget4j.failOnWarning")).isEqualTo("true");
        return List.of(property(pom, "bitget4j.doclint"), property(pom, "bitget4j.doclint.packages"), "-Werror",
                "-proc:none");
    }

    private record Result(boolean success, List<String> messages) {
    }

    private static Result compile(String className, String source) throws IOException {
        var compiler = ToolProvider.getSystemJavaCompiler();
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///" + className.replace('.', '/') + ".java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        Path out = Files.createTempDirectory("doclint-gate");
        var options = new ArrayList<>(gateFlags());
        options.addAll(List.of("-d", out.toString()));
        boolean success = compiler.getTask(null, null, diagnostics, options, null, List.of(file)).call();
        var messages = new ArrayList<String>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            messages.add(d.getKind() + " " + className + ":" + d.getLineNumber() + " " + d.getMessage(Locale.ROOT));
        }
        return new Result(success, messages);
    }

    @Test
    void aPublicMethodWithoutJavadocFailsTheCompileNamingFileAndLine() throws IOException {
        Result result = compile("io.github.bitget4j.sample.Sample", """
                package io.github.bitget4j.sample;

                /** A documented class. */
                public final class Sample {
                    private Sample() {
                    }

                    public static int twice(int value) {
                        return 2 * value;
                    }
                }
                """);
        assertThat(result.success()).isFalse();
        assertThat(result.messages()).anyMatch(m -> m.contains("io.github.bitget4j.sample.Sample:8") && m.contains("no comment"));
    }

    @Test
    void aMissingParamOrReturnTagFailsToo() throws IOException {
        Result result = compile("io.github.bitget4j.sample.Tags", """
                package io.github.bitget4j.sample;

                /** A documented class. */
                public final class Tags {
                    private Tags() {
                    }

                    /** Doubles a value. */
                    public static int twice(int value) {
                        return 2 * value;
                    }
                }
                """);
        assertThat(result.success()).isFalse();
        assertThat(result.messages()).anyMatch(m -> m.contains(":9") && m.contains("no @param for value"))
                .anyMatch(m -> m.contains(":9") && m.contains("no @return"));
    }

    @Test
    void aBrokenLinkFailsTheCompile() throws IOException {
        Result result = compile("io.github.bitget4j.sample.Broken", """
                package io.github.bitget4j.sample;

                /** Points at {@link NoSuchType}. */
                public final class Broken {
                    private Broken() {
                    }
                }
                """);
        assertThat(result.success()).isFalse();
        assertThat(result.messages()).anyMatch(m -> m.contains(":3") && m.contains("reference not found"));
    }

    @Test
    void fullyDocumentedCodeCompilesWithoutAWarning() throws IOException {
        Result result = compile("io.github.bitget4j.sample.Good", """
                package io.github.bitget4j.sample;

                /** A documented class. */
                public final class Good {
                    private Good() {
                    }

                    /**
                     * Doubles a value.
                     *
                     * @param value any int
                     * @return twice the value, overflowing as int arithmetic does
                     */
                    public static int twice(int value) {
                        return 2 * value;
                    }
                }
                """);
        assertThat(result.messages()).isEmpty();
        assertThat(result.success()).isTrue();
    }

    @Test
    void internalPackagesAreNotChecked() throws IOException {
        Result result = compile("io.github.bitget4j.internal.Helper", """
                package io.github.bitget4j.internal;

                public final class Helper {
                    public static int twice(int value) {
                        return 2 * value;
                    }
                }
                """);
        assertThat(result.messages()).isEmpty();
        assertThat(result.success()).isTrue();
    }

    @Test
    void everyLibraryModuleKeepsTheGateOn() throws IOException {
        for (String module : LIBRARY_MODULES) {
            assertThat(Files.readString(ROOT.resolve(module).resolve("pom.xml")))
                    .as("%s/pom.xml must not override the javadoc gate", module)
                    .doesNotContain("<bitget4j.doclint>").doesNotContain("<bitget4j.failOnWarning>")
                    .doesNotContain("<bitget4j.doclint.packages>");
        }
    }

    @Test
    void everyInternalPackageOfTheLibraryModulesIsExcludedAndNothingElse() throws IOException {
        String excluded = property(parentPom(), "bitget4j.doclint.packages");
        var internal = new ArrayList<String>();
        for (String module : LIBRARY_MODULES) {
            for (String root : List.of("src/main/java", "src/generated/java")) {
                Path dir = ROOT.resolve(module).resolve(root);
                if (!Files.isDirectory(dir)) {
                    continue;
                }
                try (Stream<Path> dirs = Files.walk(dir)) {
                    dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().equals("internal"))
                            .map(d -> dir.relativize(d).toString().replace('/', '.')).forEach(internal::add);
                }
            }
        }
        assertThat(internal).isNotEmpty();
        for (String pkg : internal) {
            assertThat(excluded).as("the gate excludes %s and its subpackages", pkg)
                    .contains("-" + pkg + ",", "-" + pkg + ".*");
        }
        assertThat(excluded.replace("-Xdoclint/package:", "").split(",")).allMatch(p -> p.startsWith("-")
                && (p.endsWith(".internal") || p.endsWith(".internal.*")));
    }
}
