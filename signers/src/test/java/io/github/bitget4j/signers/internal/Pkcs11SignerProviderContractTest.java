package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import io.github.bitget4j.testkit.contract.SignatureCheck;
import io.github.bitget4j.testkit.contract.SignerProviderContract;
import io.github.bitget4j.testkit.contract.SoftHsmToken;
import java.util.List;

/**
 * The PKCS#11 signer against a real SoftHSM2 token created for this run in target/softhsm (see
 * SoftHsmToken and the surefire configuration); skipped with a hint when SoftHSM2 is not installed.
 */
class Pkcs11SignerProviderContractTest extends SignerProviderContract {

    private static final String WRONG_PIN = "0000-wrong-pin";

    @Override
    protected SignerProvider provider() {
        return new Pkcs11SignerProvider();
    }

    @Override
    protected SignerSpec validSpec() {
        return SignerSpec.of(SoftHsmToken.createOrSkip().uri(SoftHsmToken.RSA_KEY));
    }

    /** The private key is inside the token: signatures are checked with the public key of its certificate. */
    @Override
    protected SignatureCheck signatureCheck() {
        return SignatureCheck.verifiedBy(SoftHsmToken.createOrSkip().publicKey(SoftHsmToken.RSA_KEY));
    }

    @Override
    protected List<String> secrets() {
        return List.of(SoftHsmToken.createOrSkip().pin(), WRONG_PIN);
    }

    @Override
    protected List<InvalidConfiguration> invalidConfigurations() {
        SoftHsmToken token = SoftHsmToken.createOrSkip();
        String library = token.library().toString();
        String rsa = token.uri(SoftHsmToken.RSA_KEY);
        return List.of(
                new InvalidConfiguration("module library missing",
                        SignerSpec.of(rsa.replace(library, "/nonexistent/libpkcs11.so")),
                        "the PKCS#11 module library /nonexistent/libpkcs11.so (module-path in the URI) does not exist"),
                new InvalidConfiguration("token not found", SignerSpec.of(rsa.replace("token=" + SoftHsmToken.LABEL,
                        "token=no-such-token")), "no token labelled 'no-such-token' in the PKCS#11 library " + library),
                new InvalidConfiguration("wrong PIN", SignerSpec.of(token.uriWithoutPin(SoftHsmToken.RSA_KEY)
                        + "&pin-value=" + WRONG_PIN), "cannot log in to token '" + SoftHsmToken.LABEL + "'"),
                new InvalidConfiguration("key label not found", SignerSpec.of(token.uri("no-such-key")),
                        "no key labelled 'no-such-key' on token '" + SoftHsmToken.LABEL + "'"),
                new InvalidConfiguration("EC key under the label", SignerSpec.of(token.uri(SoftHsmToken.EC_KEY)),
                        "the key labelled '" + SoftHsmToken.EC_KEY + "' on token '" + SoftHsmToken.LABEL + "'"),
                new InvalidConfiguration("secret key under the label", SignerSpec.of(token.uri(SoftHsmToken.SECRET_KEY)),
                        "is a secret (AES) key, not an RSA private key"),
                new InvalidConfiguration("no module path", SignerSpec.of("pkcs11:token=" + SoftHsmToken.LABEL
                        + ";object=" + SoftHsmToken.RSA_KEY), "names no library"),
                new InvalidConfiguration("no PIN", SignerSpec.of(token.uriWithoutPin(SoftHsmToken.RSA_KEY)), "no PIN"));
    }
}
