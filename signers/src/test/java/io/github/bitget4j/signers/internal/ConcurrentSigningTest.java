package io.github.bitget4j.signers.internal;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerSpec;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/** Many virtual threads share one signer; each result must equal an independent one-thread computation. */
class ConcurrentSigningTest {

    @Test
    void tenThousandVirtualThreadsGetExactlyTheHmacSignaturesOfASingleThreadedReference() throws Exception {
        int count = 10_000;
        Mac reference = Mac.getInstance("HmacSHA256");
        reference.init(new SecretKeySpec(TestKeys.HMAC_SECRET_ASCII.getBytes(UTF_8), "HmacSHA256"));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            expected.add(Base64.getEncoder().encodeToString(reference.doFinal(message(i))));
        }
        try (Signer signer = new HmacSignerProvider().create(SignerSpec.of(TestKeys.HMAC_SECRET_ASCII))) {
            assertThat(signConcurrently(count, i -> signer.sign(message(i)))).isEqualTo(expected);
        }
    }

    @Test
    void aThousandVirtualThreadsGetExactlyTheRsaSignaturesOfASingleThreadedReference() throws Exception {
        int count = 1_000; // an RSA-2048 signature costs about a millisecond; enough to share the pool hard
        Signature reference = Signature.getInstance("SHA256withRSA");
        reference.initSign(TestKeys.jdkRsaKey());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            reference.update(message(i));
            expected.add(Base64.getEncoder().encodeToString(reference.sign()));
        }
        try (Signer signer = new RsaSignerProvider().create(SignerSpec.of(TestKeys.RSA_PKCS1))) {
            assertThat(signConcurrently(count, i -> signer.sign(message(i)))).isEqualTo(expected);
        }
    }

    private static byte[] message(int i) {
        return ("1695806875837POST/api/v2/spot/trade/place-order{\"symbol\":\"BTCUSDT\",\"clientOid\":\"ü€-" + i + "\"}")
                .getBytes(UTF_8);
    }

    // All threads start signing at once, so that they really share the signer's engines.
    private static List<String> signConcurrently(int count, IntFunction<String> sign) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>(count);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < count; i++) {
                int index = i;
                results.add(threads.submit(() -> {
                    start.await();
                    return sign.apply(index);
                }));
            }
            start.countDown();
        }
        List<String> signatures = new ArrayList<>(count);
        for (Future<String> result : results) {
            signatures.add(result.get());
        }
        return signatures;
    }
}
