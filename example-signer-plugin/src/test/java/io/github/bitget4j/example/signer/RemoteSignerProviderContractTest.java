package io.github.bitget4j.example.signer;

import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import io.github.bitget4j.testkit.contract.SignatureCheck;
import io.github.bitget4j.testkit.contract.SignerProviderContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** How a third-party signer reuses bitget4j's signer contract suite. */
class RemoteSignerProviderContractTest extends SignerProviderContract {

    private static RemoteSigningService service;

    @BeforeAll
    static void start() throws Exception {
        service = new RemoteSigningService();
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Override
    protected SignerProvider provider() {
        return new RemoteSignerProvider();
    }

    @Override
    protected SignerSpec validSpec() {
        return spec(service.keyUrl(RemoteSigningService.KEY_ID), service.token());
    }

    @Override
    protected SignatureCheck signatureCheck() {
        return SignatureCheck.verifiedBy(service.publicKey());
    }

    @Override
    protected List<String> secrets() {
        return List.of(service.token(), "wrong-token-1234");
    }

    @Override
    protected List<InvalidConfiguration> invalidConfigurations() {
        return List.of(
                new InvalidConfiguration("unknown key", spec(service.keyUrl("k404"), service.token()), "HTTP 404"),
                new InvalidConfiguration("wrong token", spec(service.keyUrl(RemoteSigningService.KEY_ID), "wrong-token-1234"),
                        "HTTP 401"),
                new InvalidConfiguration("bad connection bound", new SignerSpec("remote:" + service.keyUrl(RemoteSigningService.KEY_ID),
                        null, Map.of(RemoteSignerProvider.TOKEN_PROPERTY, service.token(),
                                RemoteSignerProvider.MAX_CONNECTIONS_PROPERTY, "0")), RemoteSignerProvider.MAX_CONNECTIONS_PROPERTY),
                new InvalidConfiguration("not an http URL", spec("ftp://127.0.0.1/keys/k1", service.token()), "http or https"),
                new InvalidConfiguration("no token", new SignerSpec("remote:" + service.keyUrl(RemoteSigningService.KEY_ID),
                        null, Map.of()), "no token"));
    }

    private static SignerSpec spec(String url, String token) {
        return new SignerSpec("remote:" + url, null, Map.of(RemoteSignerProvider.TOKEN_PROPERTY, token));
    }
}
