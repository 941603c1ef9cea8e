/**
 * bitget4j clients, options, models and errors. Plugins (signers, transports, exception parsers) are found
 * with ServiceLoader; add bitget4j-signers and bitget4j-impl-jetty (or your own plugins) at run time.
 */
module io.github.bitget4j {
    requires transitive io.github.bitget4j.spi;
    requires transitive com.google.gson;
    requires static transitive org.jspecify;

    exports io.github.bitget4j;
    exports io.github.bitget4j.errors;
    exports io.github.bitget4j.model;
    exports io.github.bitget4j.model.v2;
    exports io.github.bitget4j.model.v2.futures;
    exports io.github.bitget4j.model.v2.margin;
    exports io.github.bitget4j.model.v2.user;
    exports io.github.bitget4j.model.v2.convert;
    exports io.github.bitget4j.model.v2.p2p;
    exports io.github.bitget4j.model.v2.tax;
    exports io.github.bitget4j.model.v2.copy;
    exports io.github.bitget4j.model.v2.earn;
    exports io.github.bitget4j.model.v2.broker;
    exports io.github.bitget4j.model.v3;
    exports io.github.bitget4j.v2;
    exports io.github.bitget4j.v3;
    exports io.github.bitget4j.ws;
    exports io.github.bitget4j.ws.v2;
    exports io.github.bitget4j.ws.v3;

    // Gson reads and writes the records reflectively
    opens io.github.bitget4j to com.google.gson;
    opens io.github.bitget4j.model to com.google.gson;
    opens io.github.bitget4j.model.v2 to com.google.gson;
    opens io.github.bitget4j.model.v2.futures to com.google.gson;
    opens io.github.bitget4j.model.v2.margin to com.google.gson;
    opens io.github.bitget4j.model.v2.user to com.google.gson;
    opens io.github.bitget4j.model.v2.convert to com.google.gson;
    opens io.github.bitget4j.model.v2.p2p to com.google.gson;
    opens io.github.bitget4j.model.v2.tax to com.google.gson;
    opens io.github.bitget4j.model.v2.copy to com.google.gson;
    opens io.github.bitget4j.model.v2.earn to com.google.gson;
    opens io.github.bitget4j.model.v2.broker to com.google.gson;
    opens io.github.bitget4j.model.v3 to com.google.gson;
    opens io.github.bitget4j.ws to com.google.gson;
    opens io.github.bitget4j.ws.v2 to com.google.gson;
    opens io.github.bitget4j.ws.v3 to com.google.gson;

    uses io.github.bitget4j.spi.SignerProvider;
    uses io.github.bitget4j.spi.HttpTransportProvider;
    uses io.github.bitget4j.spi.WebSocketTransportProvider;
    uses io.github.bitget4j.spi.ExceptionParser;
    uses io.github.bitget4j.spi.RateLimiterProvider;

    provides io.github.bitget4j.spi.RateLimiterProvider with io.github.bitget4j.internal.limits.InProcessRateLimiterProvider;
}
