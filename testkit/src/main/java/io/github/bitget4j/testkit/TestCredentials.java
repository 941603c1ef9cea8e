package io.github.bitget4j.testkit;

/**
 * Credentials of one testkit account, in the three parts Bitget hands out.
 *
 * @param apiKey    the {@code ACCESS-KEY}
 * @param apiSecret the HMAC secret, or for RSA keys the private key as PKCS#8 PEM
 *                  ({@code -----BEGIN PRIVATE KEY-----}); the server keeps only the public half
 * @param apiPass   the {@code ACCESS-PASSPHRASE}
 * @param demo      true for a demo (paper trading) key, which requires the header {@code paptrading: 1}
 */
public record TestCredentials(String apiKey, String apiSecret, String apiPass, boolean demo) {

    /** {@return true when {@link #apiSecret()} is an RSA private key rather than an HMAC secret} */
    public boolean isRsa() {
        return apiSecret.contains("PRIVATE KEY");
    }

    /** Shows the key and its kind; never the secret or the passphrase. */
    @Override
    public String toString() {
        return "TestCredentials[apiKey=" + apiKey + ", apiSecret=<redacted " + (isRsa() ? "RSA" : "HMAC")
                + ">, apiPass=<redacted>, demo=" + demo + "]";
    }
}
