package io.github.bitget4j.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The tests' own Bitget client: signs with the JDK exactly as WIRE.md says, independently of the SDK's
 * signers and of the server's code, and sends the query string verbatim.
 */
final class BitgetTestClient {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private final String baseUrl;

    BitgetTestClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A parsed answer. */
    record Answer(int status, String body) {

        JsonObject json() {
            return JsonParser.parseString(body).getAsJsonObject();
        }

        String code() {
            return json().get("code").getAsString();
        }

        String msg() {
            return json().get("msg").getAsString();
        }

        JsonElement data() {
            return json().get("data");
        }
    }

    Answer get(TestCredentials key, String path, String rawQuery) {
        return send("GET", path, rawQuery, "", signedHeaders(key, "GET", path, rawQuery, "", System.currentTimeMillis()));
    }

    Answer post(TestCredentials key, String path, String body) {
        return send("POST", path, "", body, signedHeaders(key, "POST", path, "", body, System.currentTimeMillis()));
    }

    Answer publicGet(String path, String rawQuery) {
        return send("GET", path, rawQuery, "", Map.of());
    }

    /** The five headers of a signed request (plus {@code paptrading: 1} for demo keys). */
    static Map<String, String> signedHeaders(TestCredentials key, String method, String path, String rawQuery,
                                             String body, long timestamp) {
        String ts = Long.toString(timestamp);
        String prehash = ts + method + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery) + body;
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ACCESS-KEY", key.apiKey());
        headers.put("ACCESS-SIGN", key.isRsa() ? rsa(key.apiSecret(), prehash) : hmac(key.apiSecret(), prehash));
        headers.put("ACCESS-TIMESTAMP", ts);
        headers.put("ACCESS-PASSPHRASE", key.apiPass());
        if (key.demo()) {
            headers.put("paptrading", "1");
        }
        return headers;
    }

    Answer send(String method, String path, String rawQuery, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery)))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("locale", "en-US")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                                               : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String hmac(String secret, String prehash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(prehash.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String rsa(String pkcs8Pem, String prehash) {
        try {
            String base64 = pkcs8Pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(prehash.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
