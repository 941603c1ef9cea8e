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
 * environment variable {@value #TOKEN_VARIABLE}. The signer property {@value #MAX_CONNECTIONS_PROPERTY}
 * bounds the connections one signer opens to the service (default {@value #DEFAULT_MAX_CONNECTIONS}):
 * callers beyond it wait for a free one instead of opening their own. Found through {@code META-INF/services} (class path)
 * and {@code provides} (module path): applications change nothing but the secret.
 */
public final class RemoteSignerProvider implements SignerProvider {

    public static final String SCHEME = "remote:";
    public static final String TOKEN_PROPERTY = "remote.token";
    public static final String TOKEN_VARIABLE = "REMOTE_SIGNER_TOKEN";
    public static final String MAX_CONNECTIONS_PROPERTY = "remote.maxConnections";
    public static final int DEFAULT_MAX_CONNECTIONS = 8;

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
        return new RemoteSigner(keyUri, token, maxConnections(spec));
    }

    private static int maxConnections(SignerSpec spec) {
        String value = spec.properties().get(MAX_CONNECTIONS_PROPERTY);
        if (value == null) {
            return DEFAULT_MAX_CONNECTIONS;
        }
        try {
            int max = Integer.parseInt(value.strip());
            if (max >= 1 && max <= 1_000) {
                return max;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SignerException(MAX_CONNECTIONS_PROPERTY + " must be a whole number from 1 to 1000, not '" + value + "'");
    }

    @Override
    public String toString() {
        return "RemoteSignerProvider[name=remote]";
    }
}
