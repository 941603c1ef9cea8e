package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import io.github.bitget4j.testkit.contract.SignatureCheck;
import io.github.bitget4j.testkit.contract.SignerProviderContract;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import java.util.Map;

class RsaSignerProviderContractTest extends SignerProviderContract {

    @Override
    protected SignerProvider provider() {
        return new RsaSignerProvider();
    }

    @Override
    protected SignerSpec validSpec() {
        return new SignerSpec(TestKeys.RSA_PKCS8_ENCRYPTED, TestKeys.KEY_PASSWORD, Map.of());
    }

    @Override
    protected SignatureCheck signatureCheck() {
        return SignatureCheck.sameAsJdkRsa(TestKeys.jdkRsaKey(), publicKeyOf(TestKeys.jdkRsaKey()));
    }

    @Override
    protected List<InvalidConfiguration> invalidConfigurations() {
        return List.of(
                new InvalidConfiguration("EC key", SignerSpec.of(TestKeys.EC_PKCS8), "not an RSA key"),
                new InvalidConfiguration("1024-bit key", SignerSpec.of(TestKeys.RSA_1024), "at least 2048 bits"),
                new InvalidConfiguration("wrong key password",
                        new SignerSpec(TestKeys.RSA_PKCS8_ENCRYPTED, "wrong-password-42", Map.of()), "password is wrong"),
                new InvalidConfiguration("encrypted key without password", SignerSpec.of(TestKeys.RSA_PKCS8_ENCRYPTED),
                        "no key password"));
    }

    static PublicKey publicKeyOf(RSAPrivateCrtKey key) {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        } catch (java.security.GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
