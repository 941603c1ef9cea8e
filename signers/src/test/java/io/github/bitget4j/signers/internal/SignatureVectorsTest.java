package io.github.bitget4j.signers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerSpec;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Our signers against signatures that openssl computed outside Java (vectors.tsv, see regenerate.sh). */
class SignatureVectorsTest {

    private final HmacSignerProvider hmac = new HmacSignerProvider();
    private final RsaSignerProvider rsa = new RsaSignerProvider();

    static Stream<Arguments> hmacVectors() {
        return Stream.concat(
                TestKeys.vectors("hmac-ascii").stream().map(v -> Arguments.of(v, TestKeys.HMAC_SECRET_ASCII)),
                TestKeys.vectors("hmac-utf8").stream().map(v -> Arguments.of(v, TestKeys.HMAC_SECRET_UTF8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hmacVectors")
    void hmacSignerReproducesTheOpensslSignatureByteForByte(TestKeys.Vector vector, String secret) {
        try (Signer signer = hmac.create(SignerSpec.of(secret))) {
            assertThat(signer.sign(vector.messageBytes())).isEqualTo(vector.expected());
        }
    }

    static Stream<Arguments> rsaKeyEncodings() {
        return Stream.of(
                Arguments.of("PKCS#8", TestKeys.RSA_PKCS8, null),
                Arguments.of("PKCS#1", TestKeys.RSA_PKCS1, null),
                Arguments.of("encrypted PKCS#8", TestKeys.RSA_PKCS8_ENCRYPTED, TestKeys.KEY_PASSWORD),
                Arguments.of("encrypted PKCS#8, non-ASCII password", TestKeys.RSA_PKCS8_ENCRYPTED_UTF8_PASSWORD,
                        TestKeys.KEY_PASSWORD_UTF8),
                Arguments.of("OpenSSL-encrypted PKCS#1", TestKeys.RSA_PKCS1_LEGACY_ENCRYPTED, TestKeys.KEY_PASSWORD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rsaKeyEncodings")
    void rsaSignerReproducesEveryOpensslSignatureWithEachKeyEncoding(String encoding, String pem, @Nullable String password) {
        List<TestKeys.Vector> vectors = TestKeys.vectors("rsa");
        try (Signer signer = rsa.create(new SignerSpec(pem, password, Map.of()))) {
            for (TestKeys.Vector vector : vectors) {
                assertThat(signer.sign(vector.messageBytes())).as(vector.toString()).isEqualTo(vector.expected());
            }
        }
    }

    static Stream<Arguments> pastedKeys() {
        String pkcs8 = TestKeys.RSA_PKCS8;
        String legacy = TestKeys.RSA_PKCS1_LEGACY_ENCRYPTED;
        UnaryOperator<String> literalBackslashN = pem -> pem.strip().replace("\n", "\\n");
        UnaryOperator<String> spacesForNewlines = pem -> pem.strip().replace("\n", " ");
        return Stream.of(
                Arguments.of("with CRLF line ends", pkcs8.replace("\n", "\r\n"), null),
                Arguments.of("on one line with literal \\n sequences", literalBackslashN.apply(pkcs8), null),
                Arguments.of("with literal \\r\\n sequences", pkcs8.strip().replace("\n", "\\r\\n"), null),
                Arguments.of("inside surrounding whitespace", "  \n\t" + pkcs8 + "\n\n  ", null),
                Arguments.of("in double quotes", "\"" + literalBackslashN.apply(pkcs8) + "\"", null),
                Arguments.of("with indented lines", pkcs8.replace("\n", "\n    "), null),
                Arguments.of("with its newlines collapsed into spaces", spacesForNewlines.apply(pkcs8), null),
                Arguments.of("without a trailing newline", pkcs8.strip(), null),
                Arguments.of("as PKCS#1 on one line with literal \\n", literalBackslashN.apply(TestKeys.RSA_PKCS1), null),
                Arguments.of("OpenSSL-encrypted with literal \\n", literalBackslashN.apply(legacy), TestKeys.KEY_PASSWORD),
                Arguments.of("OpenSSL-encrypted collapsed into spaces", spacesForNewlines.apply(legacy), TestKeys.KEY_PASSWORD),
                Arguments.of("encrypted PKCS#8 with CRLF", TestKeys.RSA_PKCS8_ENCRYPTED.replace("\n", "\r\n"), TestKeys.KEY_PASSWORD));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pastedKeys")
    void rsaSignerAcceptsTheKeyTheWayUsersPasteIt(String how, String pastedPem, @Nullable String password) {
        TestKeys.Vector vector = TestKeys.vectors("rsa").get(0);
        try (Signer signer = rsa.create(new SignerSpec(pastedPem, password, Map.of()))) {
            assertThat(signer.sign(vector.messageBytes())).isEqualTo(vector.expected());
        }
    }

    @Test
    void vectorFileHoldsOneSignaturePerMessageAndKindIncludingTheEmptyMessage() {
        long messages = TestKeys.text("messages.txt").lines().count() + 1; // + the empty message
        for (String kind : List.of("hmac-ascii", "hmac-utf8", "rsa")) {
            assertThat(TestKeys.vectors(kind)).as(kind).hasSize((int) messages)
                    .anySatisfy(vector -> assertThat(vector.message()).isEmpty());
        }
        assertThat(TestKeys.vectors("rsa")).extracting(TestKeys.Vector::message)
                .anySatisfy(message -> assertThat(message).contains("%20", "%2F", "%27", "%7E", "%28", "%26"))
                .anySatisfy(message -> assertThat(message).contains("ü", "€", "🚀"));
    }
}
