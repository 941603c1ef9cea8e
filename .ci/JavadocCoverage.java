import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreePathScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;
import javax.tools.ToolProvider;

/**
 * Counts the public API declarations (public or protected types, constructors, methods, fields and enum
 * constants, in packages that are not {@code internal}) of the library modules' Java sources, and how many carry
 * a javadoc comment. Methods marked {@code @Override} inherit their doc and are not counted. Parse only: no class path needed, runs in seconds.
 *
 * <p>Run: {@code /usr/lib/jvm/temurin-25-jdk-amd64/bin/java .ci/JavadocCoverage.java [-v]} from the repository
 * root ({@code -v} lists every undocumented declaration as file:line). The build's gate is javac's doclint
 * (see the parent pom); this tool only gives the figure.
 */
public class JavadocCoverage {
    static final List<String> MODULES = List.of("spi", "api", "impl-jetty", "impl-jdk", "signers", "ratelimit-redis",
            "testkit", "kotlin");

    record Tally(int[] documented, int[] total) {
        Tally() { this(new int[5], new int[5]); }
    }

    static final String[] KINDS = {"types", "constructors", "methods", "fields", "enum constants"};

    public static void main(String[] args) throws IOException {
        boolean verbose = List.of(args).contains("-v");
        Map<String, Tally> tallies = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (String module : MODULES) {
            for (String root : List.of("src/main/java", "src/generated/java")) {
                Path dir = Path.of(module, root);
                if (!Files.isDirectory(dir)) continue;
                List<Path> files;
                try (Stream<Path> s = Files.walk(dir)) {
                    files = s.filter(p -> p.toString().endsWith(".java"))
                            .filter(p -> !p.getFileName().toString().equals("module-info.java"))
                            .filter(p -> !p.getFileName().toString().equals("package-info.java"))
                            .filter(p -> !p.toString().contains("/internal/")).toList();
                }
                if (files.isEmpty()) continue;
                String key = module + (root.contains("generated") ? " (generated)" : "");
                count(files, tallies.computeIfAbsent(key, k -> new Tally()), missing);
            }
        }
        int[] allDoc = new int[5], allTotal = new int[5];
        System.out.printf("%-28s %s%n", "module", String.join(" | ", KINDS));
        for (var e : tallies.entrySet()) {
            StringBuilder line = new StringBuilder();
            for (int k = 0; k < 5; k++) {
                line.append(k == 0 ? "" : " | ").append(e.getValue().documented[k]).append('/').append(e.getValue().total[k]);
                allDoc[k] += e.getValue().documented[k];
                allTotal[k] += e.getValue().total[k];
            }
            System.out.printf("%-28s %s%n", e.getKey(), line);
        }
        int doc = 0, total = 0;
        for (int k = 0; k < 5; k++) { doc += allDoc[k]; total += allTotal[k]; }
        System.out.printf("all: %d of %d public declarations documented (%d undocumented); methods %d of %d%n",
                doc, total, total - doc, allDoc[2], allTotal[2]);
        if (verbose) missing.forEach(System.out::println);
    }

    static void count(List<Path> files, Tally tally, List<String> missing) throws IOException {
        var compiler = ToolProvider.getSystemJavaCompiler();
        var fm = compiler.getStandardFileManager(null, null, null);
        var task = (JavacTask) compiler.getTask(null, fm, d -> { }, List.of("-proc:none"), null,
                fm.getJavaFileObjectsFromPaths(files));
        DocTrees docs = DocTrees.instance(task);
        for (CompilationUnitTree unit : task.parse()) {
            new TreePathScanner<Void, Boolean>() {
                // the Boolean argument: whether the enclosing type is an interface (members implicitly public)
                @Override public Void visitClass(ClassTree node, Boolean inInterface) {
                    if (!visible(node.getModifiers(), inInterface)) return null;
                    record(node, 0);
                    boolean iface = node.getKind() == Tree.Kind.INTERFACE || node.getKind() == Tree.Kind.ANNOTATION_TYPE;
                    return super.visitClass(node, iface);
                }
                @Override public Void visitMethod(MethodTree node, Boolean inInterface) {
                    // an @Override without its own comment inherits the overridden method's, as javadoc shows it
                    boolean inherits = node.getModifiers().getAnnotations().stream()
                            .anyMatch(a -> a.getAnnotationType().toString().equals("Override"));
                    if (visible(node.getModifiers(), inInterface) && !inherits) {
                        record(node, node.getReturnType() == null ? 1 : 2);
                    }
                    return null;
                }
                @Override public Void visitVariable(VariableTree node, Boolean inInterface) {
                    if (getCurrentPath().getParentPath().getLeaf() instanceof ClassTree owner) {
                        boolean constant = owner.getKind() == Tree.Kind.ENUM && isEnumConstant(node);
                        if (constant) record(node, 4);
                        else if (visible(node.getModifiers(), inInterface)) record(node, 3);
                    }
                    return null;
                }
                boolean isEnumConstant(VariableTree node) {
                    var type = node.getType();
                    return type != null && type.toString().equals(
                            ((ClassTree) getCurrentPath().getParentPath().getLeaf()).getSimpleName().toString());
                }
                boolean visible(ModifiersTree mods, Boolean inInterface) {
                    var flags = mods.getFlags();
                    if (flags.contains(Modifier.PRIVATE)) return false;
                    return flags.contains(Modifier.PUBLIC) || flags.contains(Modifier.PROTECTED)
                            || Boolean.TRUE.equals(inInterface);
                }
                void record(Tree node, int kind) {
                    var path = getCurrentPath();
                    tally.total[kind]++;
                    if (docs.getDocCommentTree(path) != null) tally.documented[kind]++;
                    else {
                        long line = unit.getLineMap().getLineNumber(docs.getSourcePositions().getStartPosition(unit, node));
                        missing.add(Path.of(unit.getSourceFile().toUri()) + ":" + line + " " + KINDS[kind]);
                    }
                }
            }.scan(unit, false);
        }
    }
}
