package io.github.bitget4j.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.codegen.Model.EndpointDef;
import io.github.bitget4j.codegen.Model.ModelFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The model against Bitget's endpoint table (codegen/model/endpoints.tsv, a copy of the reference's list): every
 * modelled endpoint is in the table with the same verb, path, auth and reference name, and every row is modelled.
 */
class ModelMatchesEndpointTableTest {

    private static final Path ROOT = Path.of(System.getProperty("bitget4j.root", "..")).toAbsolutePath().normalize();


    private record Row(String api, String verb, String path, String auth, String name) {
    }

    @Test
    void everyModelledEndpointIsARowOfTheTable() throws IOException {
        Map<String, Row> table = table();
        var mismatches = new ArrayList<String>();
        for (ModelFile file : Generator.load(ROOT).files()) {
            for (EndpointDef endpoint : file.endpoints()) {
                Row row = table.get(file.version() + " " + endpoint.path());
                Row modelled = new Row(file.version(), endpoint.method(), endpoint.path(), endpoint.auth(), endpoint.name());
                if (!modelled.equals(row)) {
                    mismatches.add(file.path() + ": " + modelled + " but the table has " + row);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @Test
    void everyRowOfTheTableIsModelled() throws IOException {
        var modelled = new ArrayList<String>();
        for (ModelFile file : Generator.load(ROOT).files()) {
            file.endpoints().forEach(e -> modelled.add(file.version() + " " + e.path()));
        }
        var missing = new ArrayList<String>();
        for (Row row : table().values()) {
            if (!modelled.contains(row.api() + " " + row.path())) {
                missing.add(row.verb() + " " + row.path() + " " + row.name());
            }
        }
        assertThat(missing).isEmpty();
        assertThat(modelled).as("304 V2 and 210 V3 endpoints").hasSize(514);
    }

    private static Map<String, Row> table() throws IOException {
        var rows = new TreeMap<String, Row>();
        List<String> lines = Files.readAllLines(ROOT.resolve("codegen/model/endpoints.tsv"));
        assertThat(lines.get(0)).startsWith("api\tverb\tpath\tauth\treference_name");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            rows.put(cells[0] + " " + cells[2], new Row(cells[0], cells[1], cells[2], cells[3], cells[4]));
        }
        assertThat(rows).hasSize(514);
        return rows;
    }
}
