/**
 * An example signer plugin: signatures come from a remote signing service over HTTP. Nothing is exported;
 * the SDK finds the provider with ServiceLoader and picks it for secrets starting with {@code remote:}.
 */
module io.github.bitget4j.example.signer {
    requires io.github.bitget4j.spi;
    requires java.net.http;
    requires static org.jspecify;

    provides io.github.bitget4j.spi.SignerProvider with io.github.bitget4j.example.signer.RemoteSignerProvider;
}
