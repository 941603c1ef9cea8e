package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestkitMainTest {

    @Test
    void parsesPortLatencyDemoAndOwnKey() {
        Map<String, String> options = TestkitMain.parse(new String[] {"--port", "8123", "--latency-ms", "20", "--demo",
                "--api-key", "k", "--api-secret", "s", "--api-pass", "p"});
        assertThat(options).containsEntry("--port", "8123").containsEntry("--latency-ms", "20").containsKey("--demo")
                .containsEntry("--api-key", "k");
    }

    @Test
    void refusesPartOfAnOwnKeyAndUnknownOptions() {
        assertThatThrownBy(() -> TestkitMain.parse(new String[] {"--api-key", "k"})).hasMessageContaining("go together");
        assertThatThrownBy(() -> TestkitMain.parse(new String[] {"--verbose"})).hasMessageContaining("--verbose");
        assertThatThrownBy(() -> TestkitMain.parse(new String[] {"--port", "-1"})).hasMessageContaining("--port");
    }

    @Test
    void writesGeneratedCredentialsToAnOwnerOnlyFile(@TempDir Path dir) throws Exception {
        TestCredentials credentials = new TestCredentials("bg_k", "secret-value", "pass-value", false);
        Path file = TestkitMain.writeCredentials(credentials, "http://127.0.0.1:1", dir.resolve("creds.properties"));

        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Properties properties = new Properties();
        try (var in = Files.newInputStream(file)) {
            properties.load(in);
        }
        assertThat(properties).containsEntry("apiKey", "bg_k").containsEntry("apiSecret", "secret-value")
                .containsEntry("apiPass", "pass-value").containsEntry("baseUrl", "http://127.0.0.1:1");
        Path temp = TestkitMain.writeCredentials(credentials, "http://127.0.0.1:1", null);
        try {
            assertThat(Files.getPosixFilePermissions(temp)).isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
        } finally {
            Files.delete(temp);
        }
    }

    @Test
    void rsaKeyCredentialsFileIsWrittenWithoutLineBreakDamage(@TempDir Path dir) throws Exception {
        try (TestkitServer server = TestkitServer.start()) {
            TestCredentials rsa = server.createRsaKey();
            Path file = TestkitMain.writeCredentials(rsa, server.baseUrl(), dir.resolve("rsa.properties"));
            Properties properties = new Properties();
            try (var in = Files.newInputStream(file)) {
                properties.load(in);
            }
            assertThat(properties.getProperty("apiSecret")).isEqualTo(rsa.apiSecret());
        }
    }
}
