package io.github.bitget4j.example.signer;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Picks secrets of the form {@code remote:https://signer.internal/keys/<key id>}: the key lives in a
 * signing service, which receives each prehash and answers the base64 {@code ACCESS-SIGN}.
 *
 * <p>The service's bearer token comes from the signer property {@value #TOKEN_PROPERTY} or the
 * environment variable {@value #TOKEN_VARIABLE}. Found through {@code META-INF/services} (class path)
 * and {@code provides} (module path): applications change nothing but the secret.
 */
public final class RemoteSignerProvider implements SignerProvider {

    public static final String SCHEME = "remote:";
    public static final String TOKEN_PROPERTY = "remote.token";
    public static final String TOKEN_VARIABLE = "REMOTE_SIGNER_TOKEN";

    @Override
    public String name() {
        return "remote";
    }

    @Override
    public int priority() {
        return 30;
    }

    @Override
    public boolean supports(SignerSpec spec) {
        return spec.secret().regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    public Signer create(SignerSpec spec) {
        URI keyUri;
        try {
            keyUri = new URI(spec.secret().substring(SCHEME.length()).strip());
        } catch (URISyntaxException e) {
            throw new SignerException("the remote signer's secret is not remote:<http(s) URL of the key>");
        }
        if (!"http".equals(keyUri.getScheme()) && !"https".equals(keyUri.getScheme())) {
            throw new SignerException("the remote signer needs an http or https URL after 'remote:', not " + keyUri.getScheme());
        }
        String token = spec.properties().getOrDefault(TOKEN_PROPERTY, System.getenv(TOKEN_VARIABLE));
        if (token == null || token.isBlank()) {
            throw new SignerException("no token for the signing service: set the signer property " + TOKEN_PROPERTY
                    + " or the environment variable " + TOKEN_VARIABLE);
        }
        return new RemoteSigner(keyUri, token);
    }

    @Override
    public String toString() {
        return "RemoteSignerProvider[name=remote]";
    }
}
