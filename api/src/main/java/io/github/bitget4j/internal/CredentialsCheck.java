package io.github.bitget4j.internal;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.errors.MissingCredentialsException;
import io.github.bitget4j.spi.Signer;
import java.util.ArrayList;
import org.jspecify.annotations.Nullable;

/** The one check, for REST calls and WebSocket logins alike, that credentials are complete before anything is sent. */
public final class CredentialsCheck {

    private CredentialsCheck() {
    }

    /**
     * @param subject what needs the credentials, e.g. an endpoint or a socket, for the message
     * @throws MissingCredentialsException naming every missing option
     */
    public static void requireComplete(String subject, ClientOptions options, @Nullable Signer signer) {
        var missing = new ArrayList<String>();
        if (options.apiKey() == null) {
            missing.add("apiKey");
        }
        if (signer == null) {
            missing.add("apiSecret");
        }
        if (options.apiPass() == null) {
            missing.add("apiPass");
        }
        if (!missing.isEmpty()) {
            throw new MissingCredentialsException(subject + " needs credentials, but " + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " not set in ClientOptions. Nothing was sent.");
        }
    }
}
