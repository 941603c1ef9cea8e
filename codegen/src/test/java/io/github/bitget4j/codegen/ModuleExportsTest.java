package io.github.bitget4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/**
 * A package the model adds must be exported by the api module (callers could not use it) and opened to Gson (its
 * records could not be decoded); module-info is hand-written, so this test says what to add.
 */
class ModuleExportsTest {

    private static final Path ROOT = Path.of(System.getProperty("bitget4j.root", "..")).toAbsolutePath().normalize();

    @Test
    void everyGeneratedPackageIsExportedAndOpenedToGson() throws IOException {
        String moduleInfo = Files.readString(ROOT.resolve("api/src/main/java/module-info.java"));
        var missing = new ArrayList<String>();
        for (Model.ModelFile file : Generator.load(ROOT).files()) {
            if (!moduleInfo.contains("exports " + file.modelsPackage() + ";")) {
                missing.add("exports " + file.modelsPackage() + ";");
            }
            if (!moduleInfo.contains("opens " + file.modelsPackage() + " to com.google.gson;")) {
                missing.add("opens " + file.modelsPackage() + " to com.google.gson;");
            }
            if (file.interfaceName() != null && !moduleInfo.contains("exports " + file.interfacePackage() + ";")) {
                missing.add("exports " + file.interfacePackage() + ";");
            }
        }
        assertThat(missing).as("lines missing from api/src/main/java/module-info.java").isEmpty();
    }
}
