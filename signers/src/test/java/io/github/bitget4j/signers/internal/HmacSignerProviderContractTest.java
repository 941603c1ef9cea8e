package io.github.bitget4j.signers.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import io.github.bitget4j.testkit.contract.SignatureCheck;
import io.github.bitget4j.testkit.contract.SignerProviderContract;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

class HmacSignerProviderContractTest extends SignerProviderContract {

    @Override
    protected SignerProvider provider() {
        return new HmacSignerProvider();
    }

    @Override
    protected SignerSpec validSpec() {
        return SignerSpec.of(TestKeys.HMAC_SECRET_UTF8);
    }

    @Override
    protected SignatureCheck signatureCheck() {
        return SignatureCheck.equalTo(message -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(TestKeys.HMAC_SECRET_UTF8.getBytes(UTF_8), "HmacSHA256"));
                return Base64.getEncoder().encodeToString(mac.doFinal(message));
            } catch (GeneralSecurityException e) {
                throw new AssertionError(e);
            }
        });
    }

    @Override
    protected List<InvalidConfiguration> invalidConfigurations() {
        return List.of(
                new InvalidConfiguration("empty secret", SignerSpec.of(""), "empty"),
                new InvalidConfiguration("secret of only whitespace", SignerSpec.of(" \t "), "blank"));
    }
}
