package io.github.bitget4j.benchmarks.jmh;

import io.github.bitget4j.benchmarks.Fixtures;
import io.github.bitget4j.internal.RestEngine;
import io.github.bitget4j.signers.internal.HmacSignerProvider;
import io.github.bitget4j.signers.internal.RsaSignerProvider;
import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The per-request cost of a signature: the SDK builds the prehash, signs it and base64-encodes the result;
 * the baselines sign the same bytes with a bare, already initialised JDK engine and nothing else.
 */
@State(Scope.Thread)
public class SigningBenchmark {

    /** The benchmark POST's path and body: a typical prehash (about 300 bytes). */
    private static final String PATH = Fixtures.POST_PATH;
    private static final byte[] BODY = ("{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\","
            + "\"price\":\"27000.5\",\"size\":\"0.0015\",\"clientOid\":\"bench-0001-7f3a9c2e\",\"stpMode\":\"cancel_taker\","
            + "\"presetTakeProfitPrice\":\"29000\",\"presetStopLossPrice\":\"25000.25\"}").getBytes(StandardCharsets.UTF_8);

    private Signer hmacSigner;
    private Signer rsaSigner;
    private Mac bareMac;
    private Signature bareRsa;
    private byte[] samePrehash;

    @Setup
    public void setUp() throws GeneralSecurityException {
        hmacSigner = new HmacSignerProvider().create(SignerSpec.of(Fixtures.API_SECRET));
        String pem = Fixtures.newRsaPrivateKeyPem();
        rsaSigner = new RsaSignerProvider().create(SignerSpec.of(pem));
        bareMac = Mac.getInstance("HmacSHA256");
        bareMac.init(new SecretKeySpec(Fixtures.API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        bareRsa = Signature.getInstance("SHA256withRSA");
        bareRsa.initSign(privateKey(pem));
        samePrehash = RestEngine.prehash(Long.toString(System.currentTimeMillis()), "POST", PATH, BODY);
    }

    @TearDown
    public void tearDown() {
        hmacSigner.close();
        rsaSigner.close();
    }

    @Benchmark
    public String sdkHmacSign() {
        return hmacSigner.sign(RestEngine.prehash(Long.toString(System.currentTimeMillis()), "POST", PATH, BODY));
    }

    @Benchmark
    public byte[] bareMacDoFinal() {
        return bareMac.doFinal(samePrehash);
    }

    @Benchmark
    public String sdkRsaSign() {
        return rsaSigner.sign(RestEngine.prehash(Long.toString(System.currentTimeMillis()), "POST", PATH, BODY));
    }

    @Benchmark
    public byte[] bareSignatureSign() throws GeneralSecurityException {
        bareRsa.update(samePrehash);
        return bareRsa.sign();
    }

    private static PrivateKey privateKey(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
