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
    void parsesPortLatencyDemoAndKeyFile() {
        Map<String, String> options = TestkitMain.parse(new String[] {"--port", "8123", "--latency-ms", "20", "--demo",
                "--key-file", "/tmp/k.properties"});
        assertThat(options).containsEntry("--port", "8123").containsEntry("--latency-ms", "20").containsKey("--demo")
                .containsEntry("--key-file", "/tmp/k.properties");
    }

    @Test
    void parsesRateLimitEnforcementAndAClockOffsetEitherWay() {
        Map<String, String> options = TestkitMain.parse(new String[] {"--enforce-rate-limits", "--clock-offset-ms", "-60000"});
        assertThat(options).containsKey("--enforce-rate-limits").containsEntry("--clock-offset-ms", "-60000");
        assertThatThrownBy(() -> TestkitMain.parse(new String[] {"--clock-offset-ms", "60s"}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--clock-offset-ms");
    }

    @Test
    void refusesSecretsAsArgumentsSayingWhereToPutThem() {
        for (String option : new String[] {"--api-key", "--api-secret", "--api-pass"}) {
            assertThatThrownBy(() -> TestkitMain.parse(new String[] {option, "value"}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(option).hasMessageContaining("--key-file")
                    .hasMessageContaining(TestkitMain.SECRET_VARIABLE)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("value"));
        }
    }

    @Test
    void refusesUnknownOptionsBadNumbersAndBothKeyFileAndCredentialsFile() {
        assertThatThrownBy(() -> TestkitMain.parse(new String[] {"--verbose"})).hasMessageContaining("--verbose");
        assertThatThrownBy(() -> TestkitMain.parse(new String[] {"--port", "-1"})).hasMessageContaining("--port");
        assertThatThrownBy(() -> TestkitMain.parse(new String[] {"--key-file", "a", "--credentials-file", "b"}))
                .hasMessageContaining("--credentials-file");
    }

    @Test
    void readsTheOwnKeyFromAKeyFileInTheFormatItWrites(@TempDir Path dir) {
        TestCredentials credentials = new TestCredentials("bg_own", "own-secret", "own-pass", false);
        Path file = TestkitMain.writeCredentials(credentials, "http://127.0.0.1:1", dir.resolve("own.properties"));

        TestkitMain.OwnKey key = TestkitMain.ownKey(Map.of("--key-file", file.toString()), Map.of());

        assertThat(key).isNotNull();
        assertThat(key.apiKey()).isEqualTo("bg_own");
        assertThat(key.apiSecret()).isEqualTo("own-secret");
        assertThat(key.apiPass()).isEqualTo("own-pass");
        assertThat(key.toString()).doesNotContain("own-secret").doesNotContain("own-pass");
    }

    @Test
    void refusesAKeyFileThatIsMissingOrLacksAPart(@TempDir Path dir) throws Exception {
        Path partial = Files.writeString(dir.resolve("partial.properties"), "apiKey=bg_k\napiSecret=s\n");
        assertThatThrownBy(() -> TestkitMain.ownKey(Map.of("--key-file", partial.toString()), Map.of()))
                .hasMessageContaining("apiPass");
        assertThatThrownBy(() -> TestkitMain.ownKey(Map.of("--key-file", dir.resolve("none").toString()), Map.of()))
                .hasMessageContaining("cannot read");
    }

    @Test
    void readsTheOwnKeyFromTheEnvironmentAllThreeOrNone() {
        Map<String, String> all = Map.of(TestkitMain.KEY_VARIABLE, "bg_env", TestkitMain.SECRET_VARIABLE, "env-secret",
                TestkitMain.PASS_VARIABLE, "env-pass");
        TestkitMain.OwnKey key = TestkitMain.ownKey(Map.of(), all);
        assertThat(key).isNotNull();
        assertThat(key.apiKey()).isEqualTo("bg_env");
        assertThat(key.apiSecret()).isEqualTo("env-secret");
        assertThat(key.source()).isEqualTo("the environment");

        assertThat(TestkitMain.ownKey(Map.of(), Map.of("PATH", "/bin"))).as("nothing set: generate a key").isNull();
        assertThatThrownBy(() -> TestkitMain.ownKey(Map.of(), Map.of(TestkitMain.KEY_VARIABLE, "bg_env")))
                .hasMessageContaining("go together");
        assertThatThrownBy(() -> TestkitMain.ownKey(Map.of("--key-file", "/x"), all)).hasMessageContaining("one way");
    }

    @Test
    void aServerAcceptsTheOwnKeyFromTheEnvironment() {
        TestkitMain.OwnKey key = TestkitMain.ownKey(Map.of(), Map.of(TestkitMain.KEY_VARIABLE, "bg_env_key",
                TestkitMain.SECRET_VARIABLE, "env-secret", TestkitMain.PASS_VARIABLE, "env-pass"));
        try (TestkitServer server = TestkitServer.start()) {
            server.registerHmacKey(key.apiKey(), key.apiSecret(), key.apiPass(), false);
            var answer = new BitgetTestClient(server.baseUrl()).get(
                    new TestCredentials(key.apiKey(), key.apiSecret(), key.apiPass(), false), "/api/v2/spot/account/assets", "");
            assertThat(answer.code()).isEqualTo("00000");
        }
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
