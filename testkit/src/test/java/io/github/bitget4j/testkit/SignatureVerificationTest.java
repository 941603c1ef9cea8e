package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.testkit.BitgetTestClient.Answer;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SignatureVerificationTest {

    private static final String ASSETS = "/api/v2/spot/account/assets";
    private static final String PLACE_ORDER = "/api/v2/spot/trade/place-order";

    private static TestkitServer server;
    private static BitgetTestClient client;
    private static TestCredentials key;

    @BeforeAll
    static void start() {
        server = TestkitServer.start();
        client = new BitgetTestClient(server.baseUrl());
        key = server.createHmacKey();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Map<String, String> validHeaders(String method, String path, String query, String body) {
        return new LinkedHashMap<>(BitgetTestClient.signedHeaders(key, method, path, query, body, System.currentTimeMillis()));
    }

    private static Answer getAssets(Map<String, String> headers) {
        return client.send("GET", ASSETS, "", "", headers);
    }

    private static void assertError(Answer answer, String code) {
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.json().get("data").isJsonNull()).isTrue();
        assertThat(answer.json().get("requestTime").getAsLong()).isPositive();
    }

    @Test
    void acceptsCorrectlySignedHmacGet() {
        Answer answer = client.get(server.createHmacKey(), ASSETS, "coin=USDT");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.code()).isEqualTo("00000");
        assertThat(answer.msg()).isEqualTo("success");
        assertThat(answer.data().getAsJsonArray().get(0).getAsJsonObject().get("available").getAsString()).isEqualTo("100000");
    }

    @Test
    void acceptsCorrectlySignedHmacPostWithBody() {
        Answer answer = client.post(key, PLACE_ORDER,
                "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"50000\",\"size\":\"0.001\"}");
        assertThat(answer.code()).isEqualTo("00000");
    }

    @Test
    void acceptsCorrectlySignedRsaRequest() {
        TestCredentials rsaKey = server.createRsaKey();
        assertThat(rsaKey.apiSecret()).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(client.get(rsaKey, ASSETS, "").code()).isEqualTo("00000");
    }

    @Test
    void rejectsRsaSignatureMadeWithAnotherKey() {
        TestCredentials rsaKey = server.createRsaKey();
        TestCredentials impostor = new TestCredentials(rsaKey.apiKey(), server.createRsaKey().apiSecret(), rsaKey.apiPass(), false);
        assertError(client.get(impostor, ASSETS, ""), "40009");
    }

    @Test
    void acceptsRsaKeyRegisteredByPkcs1PublicKeyPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        String pkcs1Pem = "-----BEGIN RSA PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pkcs1Of((RSAPublicKey) pair.getPublic()))
                + "\n-----END RSA PUBLIC KEY-----\n";
        server.registerRsaPublicKey("bg_pkcs1", pkcs1Pem, "pass-pkcs1", false);
        String privatePem = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        TestCredentials credentials = new TestCredentials("bg_pkcs1", privatePem, "pass-pkcs1", false);
        assertThat(client.get(credentials, ASSETS, "").code()).isEqualTo("00000");
    }

    /** RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }, built by hand. */
    private static byte[] pkcs1Of(RSAPublicKey key) {
        byte[] n = derInteger(key.getModulus().toByteArray());
        byte[] e = derInteger(key.getPublicExponent().toByteArray());
        byte[] body = new byte[n.length + e.length];
        System.arraycopy(n, 0, body, 0, n.length);
        System.arraycopy(e, 0, body, n.length, e.length);
        return derTlv(0x30, body);
    }

    private static byte[] derInteger(byte[] value) {
        return derTlv(0x02, value);
    }

    private static byte[] derTlv(int tag, byte[] content) {
        int len = content.length;
        byte[] header = len < 128 ? new byte[] {(byte) tag, (byte) len}
                : len < 256 ? new byte[] {(byte) tag, (byte) 0x81, (byte) len}
                : new byte[] {(byte) tag, (byte) 0x82, (byte) (len >> 8), (byte) len};
        byte[] out = new byte[header.length + len];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(content, 0, out, header.length, len);
        return out;
    }

    @Test
    void acceptsHmacKeyRegisteredFromElsewhere() {
        server.registerHmacKey("bg_own_key", "my-own-secret", "my-own-pass", false);
        TestCredentials own = new TestCredentials("bg_own_key", "my-own-secret", "my-own-pass", false);
        assertThat(client.get(own, ASSETS, "").code()).isEqualTo("00000");
        assertThat(server.balance("bg_own_key", "BTC").available()).isEqualByComparingTo("2");
    }

    @Test
    void verifiesAwkwardRawQueryAgainstTheExactWireBytes() {
        // Sorted and strictly encoded: ' ( ) ! * ~ as escapes, plus a literal + and an escaped +.
        String rawQuery = "assetType=a%27b%28c%29d%21e%2Af%7Eg%2Bh+i%20j%C3%A9&coin=USDT";
        Answer answer = client.get(key, ASSETS, rawQuery);
        assertThat(answer.code()).isEqualTo("00000");
        assertThat(server.requests(ASSETS).getLast().rawQuery()).isEqualTo(rawQuery);
    }

    @Test
    void verifiesQueryWithBareSubDelimitersAsSent() {
        String rawQuery = "coin=USDT&assetType=it's(ok)!*~";
        assertThat(client.get(key, ASSETS, rawQuery).code()).isEqualTo("00000");
        assertThat(server.requests(ASSETS).getLast().rawQuery()).isEqualTo(rawQuery);
    }

    @Test
    void rejectsSignatureOverDecodedQueryWhenWireQueryIsEncoded() {
        // The reference SDK's pitfall: it signs one spelling and sends another.
        String signed = "coin=USDT&note=it's";
        String sent = "coin=USDT&note=it%27s";
        Map<String, String> headers = BitgetTestClient.signedHeaders(key, "GET", ASSETS, signed, "", System.currentTimeMillis());
        assertError(client.send("GET", ASSETS, sent, "", headers), "40009");
    }

    @Test
    void rejectsMissingAccessKeyWith40001() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.remove("ACCESS-KEY");
        assertError(getAssets(headers), "40001");
    }

    @Test
    void rejectsMissingAccessSignWith40002() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.remove("ACCESS-SIGN");
        assertError(getAssets(headers), "40002");
    }

    @Test
    void rejectsMissingTimestampWith40003() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.remove("ACCESS-TIMESTAMP");
        assertError(getAssets(headers), "40003");
    }

    @Test
    void rejectsMissingPassphraseWith40011() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.remove("ACCESS-PASSPHRASE");
        assertError(getAssets(headers), "40011");
    }

    @Test
    void checksHeadersInBitgetsOrder() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.remove("ACCESS-SIGN");
        headers.remove("ACCESS-PASSPHRASE");
        headers.put("ACCESS-KEY", "bg_unknown");
        assertError(getAssets(headers), "40002");
    }

    @Test
    void rejectsTimestampThatIsNotANumberWith40005() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.put("ACCESS-TIMESTAMP", "2024-01-01T00:00:00Z");
        assertError(getAssets(headers), "40005");
    }

    @Test
    void rejectsUnknownApiKeyWith40006() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.put("ACCESS-KEY", "bg_not_registered");
        assertError(getAssets(headers), "40006");
    }

    @Test
    void rejectsWrongPassphraseWith40012() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.put("ACCESS-PASSPHRASE", key.apiPass() + "x");
        assertError(getAssets(headers), "40012");
    }

    @Test
    void rejectsRequestWhoseTimestampIsMoreThan30SecondsBehind() {
        long old = System.currentTimeMillis() - 31_000;
        assertError(getAssets(BitgetTestClient.signedHeaders(key, "GET", ASSETS, "", "", old)), "40008");
    }

    @Test
    void rejectsRequestWhoseTimestampIsMoreThan30SecondsAhead() {
        long future = System.currentTimeMillis() + 31_000;
        assertError(getAssets(BitgetTestClient.signedHeaders(key, "GET", ASSETS, "", "", future)), "40008");
    }

    @Test
    void acceptsTimestampWithinTheWindow() {
        long slightlyOld = System.currentTimeMillis() - 20_000;
        assertThat(getAssets(BitgetTestClient.signedHeaders(key, "GET", ASSETS, "", "", slightlyOld)).code()).isEqualTo("00000");
    }

    @Test
    void judgesSkewAgainstTheServerClockIncludingItsOffset() {
        try (TestkitServer ahead = TestkitServer.builder().clockOffset(java.time.Duration.ofMinutes(2)).start()) {
            TestCredentials k = ahead.createHmacKey();
            BitgetTestClient c = new BitgetTestClient(ahead.baseUrl());
            assertThat(c.get(k, ASSETS, "").code()).isEqualTo("40008");
            long serverTime = Long.parseLong(c.publicGet("/api/v2/public/time", "").data().getAsJsonObject().get("serverTime").getAsString());
            assertThat(serverTime - System.currentTimeMillis()).isBetween(110_000L, 130_000L);
            Map<String, String> headers = BitgetTestClient.signedHeaders(k, "GET", ASSETS, "", "", serverTime);
            assertThat(c.send("GET", ASSETS, "", "", headers).code()).isEqualTo("00000");
        }
    }

    @Test
    void rejectsDemoKeyWithoutPaptradingHeaderWith40099() {
        TestCredentials demo = server.createHmacKey(true);
        Map<String, String> headers = BitgetTestClient.signedHeaders(demo, "GET", ASSETS, "", "", System.currentTimeMillis());
        assertThat(client.send("GET", ASSETS, "", "", headers).code()).isEqualTo("00000");
        headers.remove("paptrading");
        assertError(getAssets(headers), "40099");
    }

    @Test
    void rejectsLiveKeyWithPaptradingHeaderWith40099() {
        Map<String, String> headers = validHeaders("GET", ASSETS, "", "");
        headers.put("paptrading", "1");
        assertError(getAssets(headers), "40099");
    }

    @Test
    void rejectsSignatureWithWrongSecretWith40009() {
        TestCredentials wrong = new TestCredentials(key.apiKey(), key.apiSecret() + "0", key.apiPass(), false);
        assertError(client.get(wrong, ASSETS, ""), "40009");
    }

    @Test
    void rejectsBodyChangedAfterSigningWith40009() {
        String signedBody = "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"10\"}";
        Map<String, String> headers = validHeaders("POST", PLACE_ORDER, "", signedBody);
        Answer answer = client.send("POST", PLACE_ORDER, "", signedBody.replace("10", "1000"), headers);
        assertError(answer, "40009");
    }

    @Test
    void rejectsBodyReserializedWithDifferentWhitespaceWith40009() {
        String signedBody = "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"10\"}";
        Map<String, String> headers = validHeaders("POST", PLACE_ORDER, "", signedBody);
        assertError(client.send("POST", PLACE_ORDER, "", signedBody.replace(",", ", "), headers), "40009");
    }

    @Test
    void servesOptionalEndpointWithoutAnyKey() {
        assertThat(client.publicGet("/api/v2/spot/market/tickers", "symbol=BTCUSDT").code()).isEqualTo("00000");
    }

    @Test
    void verifiesOptionalEndpointWhenAKeyIsSent() {
        String path = "/api/v2/spot/market/tickers";
        assertThat(client.get(key, path, "symbol=BTCUSDT").code()).isEqualTo("00000");
        Map<String, String> headers = BitgetTestClient.signedHeaders(key, "GET", path, "symbol=ETHUSDT", "", System.currentTimeMillis());
        assertError(client.send("GET", path, "symbol=BTCUSDT", "", headers), "40009");
    }

    @Test
    void neverVerifiesPublicEndpoints() {
        Map<String, String> garbage = Map.of("ACCESS-KEY", "nobody", "ACCESS-SIGN", "garbage");
        assertThat(client.send("GET", "/api/v3/market/tickers", "category=SPOT", "", garbage).code()).isEqualTo("00000");
        assertThat(client.send("GET", "/api/v2/public/time", "", "", garbage).code()).isEqualTo("00000");
    }

    @Test
    void answersUnknownPathWith404AndBitgetCode() {
        Answer answer = client.get(key, "/api/v2/spot/nothing-here", "");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("40404");
    }

    @Test
    void reportsMissingRequiredParameterWith40019() {
        Answer answer = client.post(key, PLACE_ORDER, "{\"side\":\"buy\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"10\"}");
        assertError(answer, "40019");
        assertThat(answer.msg()).isEqualTo("Parameter symbol cannot be empty");
    }

    @Test
    void redactsSecretAndPassphraseInCredentialsToString() {
        assertThat(key.toString()).contains(key.apiKey()).doesNotContain(key.apiSecret()).doesNotContain(key.apiPass());
        TestCredentials rsaKey = server.createRsaKey();
        assertThat(rsaKey.toString()).doesNotContain("PRIVATE KEY").doesNotContain(rsaKey.apiPass());
    }
}
