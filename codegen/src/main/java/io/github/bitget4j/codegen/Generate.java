package io.github.bitget4j.codegen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Regenerates every file under the generated source roots from {@code codegen/model}: writes what changed,
 * removes what the model no longer produces. Run it with {@code ./mvnw -q -Pcodegen -pl codegen package}.
 */
public final class Generate {

    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Map<String, String> generated = Generator.generate(Generator.load(root));
        Map<String, String> existing = Generator.onDisk(root);
        int written = 0;
        int removed = 0;
        for (Map.Entry<String, String> file : generated.entrySet()) {
            if (!file.getValue().equals(existing.get(file.getKey()))) {
                Path path = root.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
                written++;
            }
        }
        for (String stale : existing.keySet()) {
            if (!generated.containsKey(stale)) {
                Files.delete(root.resolve(stale));
                removed++;
            }
        }
        System.out.println("bitget4j-codegen: " + generated.size() + " files from the model, " + written + " written, "
                + removed + " removed");
    }
}
