package io.github.bitget4j.codegen;

import java.nio.file.Path;

/**
 * Parses and resolves the whole model and generates in memory, writing nothing: a quick check while editing
 * model files. Prints the first error (file:line: message) or a summary.
 */
public final class Check {

    private Check() {
    }

    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        try {
            Model model = Generator.load(root);
            int files = Generator.generate(model).size();
            long endpoints = model.files().stream().mapToLong(f -> f.endpoints().size()).sum();
            System.out.println("model OK: " + endpoints + " endpoints, " + model.types().size() + " types, "
                    + model.enums().size() + " enums, " + files + " files would be generated");
        } catch (IllegalArgumentException e) {
            System.out.println("model ERROR: " + e.getMessage());
            System.exit(1);
        }
    }
}
