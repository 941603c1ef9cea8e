package io.github.bitget4j.codegen;

import io.github.bitget4j.codegen.Model.EndpointDef;
import io.github.bitget4j.codegen.Model.EnumDef;
import io.github.bitget4j.codegen.Model.Factory;
import io.github.bitget4j.codegen.Model.FieldDef;
import io.github.bitget4j.codegen.Model.ModelFile;
import io.github.bitget4j.codegen.Model.TypeDef;
import io.github.bitget4j.codegen.Model.TypeKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads every model file and produces every generated file, in memory: path (from the root) -> content. */
final class Generator {

    /** The source roots the generator owns; anything else in them is stale and removed. */
    static final List<String> GENERATED_ROOTS = List.of(
            "api/src/generated/java", "kotlin/src/generated/kotlin", "testkit/src/generated/resources");

    private Generator() {
    }

    static Model load(Path root) {
        Path modelDir = root.resolve("codegen/model");
        var files = new ArrayList<ModelFile>();
        try (Stream<Path> paths = Files.walk(modelDir)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".model")).sorted().toList()) {
                String relative = modelDir.relativize(path).toString().replace('\\', '/');
                files.add(ModelParser.parse(relative, Files.readString(path, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resolve(files);
    }

    /** Builds the global namespace and checks every reference, so that a broken model fails here, not in javac. */
    static Model resolve(List<ModelFile> files) {
        var enums = new TreeMap<String, EnumDef>();
        var types = new TreeMap<String, TypeDef>();
        for (ModelFile file : files) {
            for (EnumDef def : file.enums()) {
                if (enums.put(def.name(), def) != null || types.containsKey(def.name())) {
                    throw new IllegalArgumentException(file.path() + ": " + def.name() + " is declared twice");
                }
            }
            for (TypeDef def : file.types()) {
                if (types.put(def.name(), def) != null || enums.containsKey(def.name())) {
                    throw new IllegalArgumentException(file.path() + ": " + def.name() + " is declared twice");
                }
            }
        }
        var model = new Model(List.copyOf(files), Map.copyOf(enums), Map.copyOf(types));
        check(model);
        return model;
    }

    private static void check(Model model) {
        var methods = new HashSet<String>();
        var routes = new HashSet<String>();
        for (ModelFile file : model.files()) {
            for (EndpointDef endpoint : file.endpoints()) {
                String where = file.path() + ":" + endpoint.line() + ": ";
                if (!routes.add(endpoint.method() + " " + endpoint.path())) {
                    throw new IllegalArgumentException(where + endpoint.path() + " is declared twice");
                }
                if (!methods.add(file.version() + " " + endpoint.name())) {
                    throw new IllegalArgumentException(where + endpoint.name() + " is declared twice in " + file.version());
                }
                if (endpoint.request() != null) {
                    TypeDef request = model.types().get(endpoint.request());
                    if (request == null || !request.isRequest()) {
                        throw new IllegalArgumentException(where + "no request named " + endpoint.request());
                    }
                }
                checkPathParameters(model, endpoint, where);
                requireKnown(model, JavaTypes.base(endpoint.response()), where);
            }
        }
        for (TypeDef def : model.types().values()) {
            String where = def.file() + ": " + def.name() + ": ";
            for (FieldDef field : def.fields()) {
                requireKnown(model, JavaTypes.base(field.type()), where);
            }
            for (Factory factory : def.factories()) {
                for (FieldDef field : def.fields()) {
                    if (!field.optional() && !factory.params().contains(field.name())
                            && !factory.fixed().containsKey(field.name())) {
                        throw new IllegalArgumentException(where + "factory " + factory.name() + " leaves the required "
                                + field.name() + " unset");
                    }
                }
                factory.params().forEach(p -> RequestWriter.indexOf(def, p));
                factory.fixed().keySet().forEach(p -> RequestWriter.indexOf(def, p));
            }
        }
        ChannelWriter.check(model);
    }

    /** Every {name} of the path is a required request field flagged {@code path}, and every such field is in the path. */
    private static void checkPathParameters(Model model, EndpointDef endpoint, String where) {
        var inPath = new java.util.ArrayList<String>();
        var m = java.util.regex.Pattern.compile("\\{([a-zA-Z]+)}").matcher(endpoint.path());
        while (m.find()) {
            inPath.add(m.group(1));
        }
        TypeDef request = endpoint.request() == null || endpoint.requestIsList() ? null : model.types().get(endpoint.request());
        var flagged = request == null ? List.<String>of()
                : request.fields().stream().filter(f -> f.flags().contains("path")).map(FieldDef::name).toList();
        if (!inPath.equals(flagged)) {
            throw new IllegalArgumentException(where + "path parameters " + inPath + " must be exactly the request fields "
                    + "flagged 'path', in order; found " + flagged);
        }
        if (request != null && request.fields().stream().anyMatch(f -> f.flags().contains("path") && f.optional())) {
            throw new IllegalArgumentException(where + "a path parameter must be required (type ending in '!')");
        }
    }

    private static void requireKnown(Model model, String type, String where) {
        boolean scalar = List.of("text", "decimal", "int", "long", "bool", "time", "json").contains(type);
        if (!scalar && !model.enums().containsKey(type) && !model.types().containsKey(type)) {
            throw new IllegalArgumentException(where + "unknown type " + type);
        }
    }

    /** Every generated file, sorted by path. */
    static Map<String, String> generate(Model model) {
        var out = new LinkedHashMap<String, String>();
        var types = new JavaTypes(model);
        var responses = new ResponseWriter(types);
        var requests = new RequestWriter(types);
        var apis = new ApiWriter(model, types);
        var kotlin = new KotlinWriter(types);
        var channels = new ChannelWriter(model, types);
        for (ModelFile file : model.files()) {
            for (EnumDef def : file.enums()) {
                out.put(javaPath(def.pkg(), def.name()), EnumWriter.write(def));
            }
            for (TypeDef def : file.types()) {
                if (def.kind() == TypeKind.REQUEST) {
                    out.put(javaPath(def.pkg(), def.name()), requests.write(def));
                } else if (def.kind() != TypeKind.CUSTOM) {
                    out.put(javaPath(def.pkg(), def.name()), responses.write(def));
                }
            }
            if (!file.endpoints().isEmpty()) {
                out.put(javaPath(ApiWriter.CONSTANTS_PACKAGE, file.constantsClass()), apis.constants(file));
                out.put(javaPath(file.interfacePackage(), file.interfaceSimpleName()), apis.api(file));
            }
            if (file.hasChannels()) {
                out.put(javaPath(channels.packageName(file), channels.className(file)), channels.write(file));
                out.put(javaPath(file.modelsPackage(), "package-info"), ChannelWriter.packageInfo(file));
            }
            String kt = kotlin.write(file);
            if (kt != null) {
                out.put("kotlin/src/generated/kotlin/" + KotlinWriter.PACKAGE.replace('.', '/') + "/"
                        + KotlinWriter.fileName(file) + ".kt", kt);
            }
        }
        packageInfos(model, out);
        aggregateInterfaces(model, out);
        out.put(CatalogWriter.PATH, CatalogWriter.write(restOnly(model)));
        out.put(ChannelWriter.CATALOG_PATH, channels.catalog());
        return new TreeMap<>(out);
    }

    /** The model without its channel files: the testkit's REST catalog lists REST types only. */
    private static Model restOnly(Model model) {
        var files = model.files().stream().filter(f -> !f.hasChannels()).toList();
        var enums = new TreeMap<String, EnumDef>(model.enums());
        var types = new TreeMap<String, TypeDef>(model.types());
        model.files().stream().filter(ModelFile::hasChannels).forEach(f -> {
            f.enums().forEach(e -> enums.remove(e.name()));
            f.types().forEach(t -> types.remove(t.name()));
        });
        return new Model(files, Map.copyOf(enums), Map.copyOf(types));
    }

    /**
     * Per version, one interface extending every area interface: {@code RestClientV2}/{@code V3} implement it, so a
     * new model file needs no hand edit to reach the client.
     */
    private static void aggregateInterfaces(Model model, Map<String, String> out) {
        var byVersion = new TreeMap<String, List<ModelFile>>();
        for (ModelFile file : model.files()) {
            if (file.interfaceName() != null) {
                byVersion.computeIfAbsent(file.version(), v -> new ArrayList<>()).add(file);
            }
        }
        byVersion.forEach((version, files) -> {
            String upper = version.toUpperCase(java.util.Locale.ROOT);
            String pkg = "io.github.bitget4j." + version;
            var imports = new java.util.TreeSet<String>();
            var names = new ArrayList<String>();
            for (ModelFile file : files) {
                if (!file.interfacePackage().equals(pkg)) {
                    imports.add("import " + file.interfaceName() + ";\n");
                }
                names.add(file.interfaceSimpleName());
            }
            names.sort(null);
            String text = Text.header(version + "/*.model", "//") + "package " + pkg + ";\n\n" + String.join("", imports)
                    + (imports.isEmpty() ? "" : "\n")
                    + "/** Every " + upper + " endpoint of the model, area by area; {@code RestClient" + upper
                    + "} implements it. */\npublic interface RestApi" + upper + " extends\n        "
                    + String.join(",\n        ", names) + " {\n}\n";
            out.put(javaPath(pkg, "RestApi" + upper), text);
        });
    }

    /** Packages whose package-info is hand-written, with docs about the hand-written types they also hold. */
    static final List<String> HAND_DOCUMENTED_PACKAGES = List.of(
            "io.github.bitget4j.model", "io.github.bitget4j.model.v2", "io.github.bitget4j.model.v3");

    /** A @NullMarked package-info for every other models package, naming the model files it comes from. */
    private static void packageInfos(Model model, Map<String, String> out) {
        var filesByPackage = new TreeMap<String, List<String>>();
        for (ModelFile file : model.files()) {
            if (!file.hasChannels()) { // a channel file's package-info comes from ChannelWriter
                filesByPackage.computeIfAbsent(file.modelsPackage(), p -> new ArrayList<>()).add(file.path());
            }
        }
        filesByPackage.forEach((pkg, files) -> {
            if (HAND_DOCUMENTED_PACKAGES.contains(pkg)) {
                return;
            }
            String text = Text.header(files.getFirst(), "//") + "/**\n * Requests and responses generated from "
                    + String.join(", ", files.stream().map(f -> "{@code codegen/model/" + f + "}").toList()) + ".\n"
                    + " * Response enums read a value this SDK version does not know as {@code UNKNOWN} and keep the text"
                    + " ({@code ...Raw()});\n * requests check their parameters when built and refuse {@code UNKNOWN}.\n */\n"
                    + "@NullMarked\npackage " + pkg + ";\n\nimport org.jspecify.annotations.NullMarked;\n";
            out.put(javaPath(pkg, "package-info"), text);
        });
    }

    private static String javaPath(String pkg, String name) {
        return "api/src/generated/java/" + pkg.replace('.', '/') + "/" + name + ".java";
    }

    /** The files under the generated roots as they are on disk: path (from the root) -> content. */
    static Map<String, String> onDisk(Path root) {
        var found = new TreeMap<String, String>();
        for (String generatedRoot : GENERATED_ROOTS) {
            Path dir = root.resolve(generatedRoot);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.filter(Files::isRegularFile).toList()) {
                    found.put(root.relativize(path).toString().replace('\\', '/'),
                            Files.readString(path, StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return found;
    }
}
