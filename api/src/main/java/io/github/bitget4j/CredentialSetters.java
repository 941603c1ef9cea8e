package io.github.bitget4j;

import io.github.bitget4j.internal.OptionChecks;
import io.github.bitget4j.internal.OptionValues;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The setters of {@link ClientOptions.Builder} for credentials and signing: who the client is and how it signs.
 * Only {@code ClientOptions.Builder} extends it; use it through {@link ClientOptions#builder()}.
 *
 * @param <B> the builder type each setter returns, for chaining
 */
public abstract sealed class CredentialSetters<B extends CredentialSetters<B>> permits HttpSetters {

    /** The builder's own editable copy of every setting. */
    final OptionValues values;

    CredentialSetters(OptionValues values) {
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    final B self() {
        return (B) this;
    }

    /**
     * The API key, needed for private calls. Default none.
     *
     * @param apiKey the key; null or blank clears it
     * @return this builder
     */
    public B apiKey(@Nullable String apiKey) {
        values.apiKey = OptionChecks.blankToNull(apiKey);
        return self();
    }

    /**
     * What signs private calls: the HMAC secret, a PEM private key (RSA), or whatever a signer plugin understands
     * ({@code pkcs11:...}, {@code keystore:...}). Default none. Never printed: {@code toString()} hides it.
     *
     * @param apiSecret the secret; null or blank clears it
     * @return this builder
     */
    public B apiSecret(@Nullable String apiSecret) {
        values.apiSecret = OptionChecks.blankToNull(apiSecret);
        return self();
    }

    /**
     * The API passphrase chosen when the key was created (not the account password). Default none.
     *
     * @param apiPass the passphrase; null or blank clears it
     * @return this builder
     */
    public B apiPass(@Nullable String apiPass) {
        values.apiPass = OptionChecks.blankToNull(apiPass);
        return self();
    }

    /**
     * The password of an encrypted PEM private key given as {@link #apiSecret(String)}. Default none.
     *
     * @param keyPassword the password, or null for an unencrypted key
     * @return this builder
     */
    public B keyPassword(@Nullable String keyPassword) {
        values.keyPassword = keyPassword;
        return self();
    }

    /**
     * Demo (paper) trading: every request carries {@code paptrading: 1}, and the WebSocket default host becomes
     * {@value ClientOptions#DEFAULT_DEMO_WS_URL}. Default false.
     *
     * @param demoTrading true to trade on the demo account
     * @return this builder
     */
    public B demoTrading(boolean demoTrading) {
        values.demoTrading = demoTrading;
        return self();
    }

    /**
     * A signer that wins over every signer plugin: it gets the text to sign and {@link #apiSecret(String)}, and
     * returns the signature Bitget expects. Default none.
     *
     * @param fn the signer, or null to use the plugins
     * @return this builder
     */
    public B customSignMessageFn(@Nullable SignMessageFunction fn) {
        values.customSignMessageFn = fn;
        return self();
    }

    /**
     * The signer plugin to use by name (e.g. {@code "hmac"}, {@code "rsa"}, {@code "pkcs11"}). Default none: the
     * system property {@code bitget4j.signer}, then the environment variable {@code BITGET4J_SIGNER}, then the best
     * plugin that supports the secret.
     *
     * @param name the plugin's name; null or blank for the default choice
     * @return this builder
     */
    public B signerProvider(@Nullable String name) {
        values.signerProvider = OptionChecks.blankToNull(name);
        return self();
    }

    /**
     * Settings for the signer plugin (e.g. a key-store alias); their values are hidden by {@code toString()}.
     * Default empty.
     *
     * @param properties the settings, copied
     * @return this builder
     * @throws NullPointerException for a null map, key or value
     */
    public B signerProperties(Map<String, String> properties) {
        values.signerProperties = Map.copyOf(properties);
        return self();
    }

    /**
     * A broker or channel tag, sent as the header {@code X-CHANNEL-API-CODE}. Default none: no such header.
     *
     * @param code the tag; null or blank sends none
     * @return this builder
     */
    public B channelApiCode(@Nullable String code) {
        values.channelApiCode = OptionChecks.blankToNull(code);
        return self();
    }
}
