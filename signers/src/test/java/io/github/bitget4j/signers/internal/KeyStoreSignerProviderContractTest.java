package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import io.github.bitget4j.testkit.contract.SignatureCheck;
import io.github.bitget4j.testkit.contract.SignerProviderContract;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** A PKCS#12 file holding the same RSA key as the PEM vectors (see vectors/regenerate.sh). */
class KeyStoreSignerProviderContractTest extends SignerProviderContract {

    private static final String RSA_STORE = "keystore:" + resource("rsa2048.p12");
    private static final String EC_STORE = "keystore:" + resource("ec-p256.p12");

    @Override
    protected SignerProvider provider() {
        return new KeyStoreSignerProvider();
    }

    @Override
    protected SignerSpec validSpec() {
        return new SignerSpec(RSA_STORE, null, Map.of("keystore.alias", "bitget-api", "keystore.password", TestKeys.KEY_PASSWORD));
    }

    @Override
    protected SignatureCheck signatureCheck() {
        return SignatureCheck.sameAsJdkRsa(TestKeys.jdkRsaKey(), RsaSignerProviderContractTest.publicKeyOf(TestKeys.jdkRsaKey()));
    }

    @Override
    protected List<String> secrets() {
        return List.of(TestKeys.KEY_PASSWORD, "wrong-password-42");
    }

    @Override
    protected List<InvalidConfiguration> invalidConfigurations() {
        return List.of(
                new InvalidConfiguration("missing file", new SignerSpec("keystore:/nonexistent/key.p12", null,
                        Map.of("keystore.password", TestKeys.KEY_PASSWORD)), "/nonexistent/key.p12 does not exist"),
                new InvalidConfiguration("wrong password", new SignerSpec(RSA_STORE, null,
                        Map.of("keystore.password", "wrong-password-42")), "password of the key store"),
                new InvalidConfiguration("no password", SignerSpec.of(RSA_STORE), "no key store password"),
                new InvalidConfiguration("unknown alias", new SignerSpec(RSA_STORE, null,
                        Map.of("keystore.alias", "other", "keystore.password", TestKeys.KEY_PASSWORD)), "no entry 'other'"),
                new InvalidConfiguration("EC key", new SignerSpec(EC_STORE, TestKeys.KEY_PASSWORD, Map.of()),
                        "is a EC private key, not an RSA private key"));
    }

    private static Path resource(String name) {
        try {
            return Path.of(KeyStoreSignerProviderContractTest.class.getResource("/vectors/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
