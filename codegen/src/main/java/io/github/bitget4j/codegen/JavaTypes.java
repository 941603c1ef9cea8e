package io.github.bitget4j.codegen;

import java.util.Map;
import java.util.TreeSet;

/** Maps model types to Java and Kotlin types, and collects the imports a generated file needs. */
final class JavaTypes {

    private static final Map<String, String> JAVA_SCALARS = Map.of(
            "text", "String", "decimal", "java.math.BigDecimal", "int", "Integer", "long", "Long",
            "bool", "Boolean", "time", "java.time.Instant", "json", "com.google.gson.JsonElement");
    private static final Map<String, String> KOTLIN_SCALARS = Map.of(
            "text", "String", "decimal", "java.math.BigDecimal", "int", "Int", "long", "Long",
            "bool", "Boolean", "time", "java.time.Instant", "json", "com.google.gson.JsonElement");

    private final Model model;

    JavaTypes(Model model) {
        this.model = model;
    }

    static boolean isList(String type) {
        return type.startsWith("list<");
    }

    static String element(String type) {
        return type.substring(5, type.length() - 1);
    }

    /** The innermost type of a list, or the type itself. */
    static String base(String type) {
        return isList(type) ? base(element(type)) : type;
    }

    Model.EnumDef enumDef(String type) {
        return model.enums().get(type);
    }

    boolean isEnum(String type) {
        return model.enums().containsKey(type);
    }

    /** A response field of an enum type (or a list of one) is kept as the raw text. */
    boolean isRawEnum(String type) {
        return isEnum(base(type));
    }

    /** The Java type as written in a file that imports what {@code imports} collects. */
    String java(String type, boolean enumsAsText, Imports imports) {
        if (isList(type)) {
            imports.add("java.util.List");
            return "List<" + java(element(type), enumsAsText, imports) + ">";
        }
        String scalar = JAVA_SCALARS.get(type);
        if (scalar != null) {
            return imports.add(scalar);
        }
        if (isEnum(type)) {
            return enumsAsText ? "String" : imports.add(model.enums().get(type).pkg() + "." + type);
        }
        Model.TypeDef def = model.types().get(type);
        if (def == null) {
            throw new IllegalArgumentException("unknown type " + type);
        }
        return imports.add(def.pkg() + "." + type);
    }

    String kotlin(String type, Imports imports) {
        if (isList(type)) {
            return "List<" + kotlin(element(type), imports) + ">";
        }
        String scalar = KOTLIN_SCALARS.get(type);
        if (scalar != null) {
            return imports.add(scalar);
        }
        String pkg = isEnum(type) ? model.enums().get(type).pkg() : model.types().get(type).pkg();
        return imports.add(pkg + "." + type);
    }

    /** The imports of one generated file; {@link #add} returns the simple name to write. */
    static final class Imports {
        private final String ownPackage;
        private final TreeSet<String> names = new TreeSet<>();

        Imports(String ownPackage) {
            this.ownPackage = ownPackage;
        }

        String add(String qualified) {
            int dot = qualified.lastIndexOf('.');
            if (dot < 0) {
                return qualified;
            }
            String pkg = qualified.substring(0, dot);
            if (!pkg.equals(ownPackage) && !pkg.equals("java.lang")) {
                names.add(qualified);
            }
            return qualified.substring(dot + 1);
        }

        String render(boolean semicolons) {
            var out = new StringBuilder();
            for (String name : names) {
                out.append("import ").append(name).append(semicolons ? ";\n" : "\n");
            }
            return out.toString();
        }
    }
}
