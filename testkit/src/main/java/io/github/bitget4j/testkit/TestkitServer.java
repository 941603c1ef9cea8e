package io.github.bitget4j.testkit;

import io.github.bitget4j.testkit.internal.KeyMaterial;
import io.github.bitget4j.testkit.internal.ServerRuntime;
import java.math.BigDecimal;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A local Bitget-compatible REST and WebSocket server on 127.0.0.1: V2 and V3 spot endpoints and
 * sockets over one in-memory market, signatures checked exactly as Bitget checks them, every request
 * recorded, faults on demand.
 * <pre>{@code
 * try (TestkitServer server = TestkitServer.start()) {
 *     TestCredentials key = server.createHmacKey();
 *     // point a client at server.baseUrl() with key.apiKey(), key.apiSecret(), key.apiPass()
 *     assertThat(server.balance(key.apiKey(), "USDT").available()).isEqualByComparingTo("100000");
 * }
 * }</pre>
 * Each key is its own account, funded at creation (default 100,000 USDT, 2 BTC, 20 ETH). The market
 * lists BTCUSDT, ETHUSDT, SOLUSDT, XRPUSDT, BGBUSDT and ETHBTC, each with a market maker quoting 50
 * levels a side around a fixed mid (BTCUSDT 60000, asks 60006, 60012, ...; bids 59994, ...). There
 * are no fees.
 * <p>
 * USDT-M futures ({@code /api/v2/mix/...}) run on their own books with the same matching engine: BTCUSDT
 * (maker mid 60000, asks 60001, 60002, ...; 2 BTC at the best level), ETHUSDT (3000) and SOLUSDT (150).
 * Each key's futures account starts with 100,000 USDT ({@link Builder#initialFuturesBalance(BigDecimal)}),
 * one-way mode, crossed margin and leverage 20 on every symbol. Opening locks the initial margin
 * (entry value / leverage); closing credits the realised PnL; the mark price is the last trade price,
 * moved by {@link #setFuturesPrice(String, BigDecimal)}. No fees, funding or liquidation; plan and TP/SL
 * orders are kept and listed but never fire.
 * <p>
 * The V2 classic account also keeps its spot fills and finished orders (paged newest first by
 * {@code idLessThan}), spot plan orders (kept, listed, modified, cancelled; never fired), transfers between
 * its spot and USDT-M futures accounts (USDT only), withdrawals (debited and pending until cancelled) and
 * deposits credited by {@link #creditDeposit}. Every other modelled endpoint answers a fixed sample.
 * Thread-safe; {@link #close()} stops the server.
 */
public final class TestkitServer implements AutoCloseable {

    private final ServerRuntime runtime;
    private final Faults faults;
    private final WsFaults wsFaults;

    private TestkitServer(ServerRuntime runtime) {
        this.runtime = runtime;
        this.faults = new Faults(runtime.faults());
        this.wsFaults = new WsFaults(runtime.wsFaults());
    }

    /**
     * Starts on a free port with the defaults.
     *
     * @return the running server
     */
    public static TestkitServer start() {
        return builder().start();
    }

    /**
     * Starts on the given port (0 picks a free one).
     *
     * @param port the port, 0 for a free one
     * @return the running server
     */
    public static TestkitServer start(int port) {
        return builder().port(port).start();
    }

    /** {@return a builder: port, latency, clock offset, balances, limits} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the REST base URL, e.g. {@code http://127.0.0.1:54321}, without a trailing slash} */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** {@return the port REST and WebSocket are served on} */
    public int port() {
        return runtime.port();
    }

    /**
     * E.g. {@code ws://127.0.0.1:54321}, on the same port as REST. Sockets live under {@code /v2/ws/public},
     * {@code /v2/ws/private}, {@code /v3/ws/public} and {@code /v3/ws/private}, as on Bitget.
     *
     * @return the WebSocket base URL
     */
    public String wsBaseUrl() {
        return "ws://127.0.0.1:" + port();
    }

    // ---- keys

    /** {@return a new live HMAC key with its own funded account} */
    public TestCredentials createHmacKey() {
        return createHmacKey(false);
    }

    /**
     * A new HMAC key; {@code demo} keys require the header {@code paptrading: 1}, live keys refuse it.
     *
     * @param demo true for a demo key (requests must carry {@code paptrading: 1}), false for a live one
     * @return the key, secret and passphrase to give a client
     */
    public TestCredentials createHmacKey(boolean demo) {
        TestCredentials credentials = new TestCredentials(KeyMaterial.newApiKey(), KeyMaterial.newHmacSecret(),
                KeyMaterial.newPassphrase(), demo);
        registerHmacKey(credentials.apiKey(), credentials.apiSecret(), credentials.apiPass(), demo);
        return credentials;
    }

    /** {@return a new live RSA key (2048 bits); the secret is the PKCS#8 PEM private key, the server keeps the public key} */
    public TestCredentials createRsaKey() {
        return createRsaKey(false);
    }

    /**
     * A new RSA key (2048 bits); {@code demo} keys require the header {@code paptrading: 1}, live keys refuse it.
     *
     * @param demo true for a demo key, false for a live one
     * @return the key, the PKCS#8 PEM private key as secret, and the passphrase
     */
    public TestCredentials createRsaKey(boolean demo) {
        KeyPair pair = KeyMaterial.newRsaKeyPair();
        TestCredentials credentials = new TestCredentials(KeyMaterial.newApiKey(),
                KeyMaterial.toPkcs8Pem(pair.getPrivate()), KeyMaterial.newPassphrase(), demo);
        runtime.registerRsa(credentials.apiKey(), pair.getPublic(), credentials.apiPass(), demo);
        return credentials;
    }

    /**
     * Accepts an HMAC key made elsewhere, with its own funded account.
     *
     * @param apiKey the API key
     * @param secret the HMAC secret
     * @param passphrase the passphrase the key requires
     * @param demo true for a demo key (requests must carry {@code paptrading: 1}), false for a live one
     * @throws IllegalArgumentException when the API key is already registered
     */
    public void registerHmacKey(String apiKey, String secret, String passphrase, boolean demo) {
        runtime.registerHmac(apiKey, secret, passphrase, demo);
    }

    /**
     * Accepts an RSA key made elsewhere (PKCS#1, encrypted, HSM...) by its public half.
     *
     * @param publicKeyPem {@code -----BEGIN PUBLIC KEY-----} (X.509) or {@code -----BEGIN RSA PUBLIC KEY-----} (PKCS#1)
     * @param apiKey the API key
     * @param passphrase the passphrase the key requires
     * @param demo true for a demo key (requests must carry {@code paptrading: 1}), false for a live one
     * @throws IllegalArgumentException when the PEM is not an RSA public key, or the API key is already registered
     */
    public void registerRsaPublicKey(String apiKey, String publicKeyPem, String passphrase, boolean demo) {
        runtime.registerRsa(apiKey, KeyMaterial.parseRsaPublicKey(publicKeyPem), passphrase, demo);
    }

    /**
     * As {@link #registerRsaPublicKey(String, String, String, boolean)} with a JDK key object.
     *
     * @param apiKey the API key
     * @param publicKey the RSA public key that verifies the signatures
     * @param passphrase the passphrase the key requires
     * @param demo true for a demo key (requests must carry {@code paptrading: 1}), false for a live one
     */
    public void registerRsaPublicKey(String apiKey, PublicKey publicKey, String passphrase, boolean demo) {
        runtime.registerRsa(apiKey, publicKey, passphrase, demo);
    }

    // ---- recording

    /** {@return every request received so far (up to the builder's record limit), oldest first} */
    public List<RecordedRequest> requests() {
        return runtime.log().all();
    }

    /**
     * The recorded requests to one path (exact match, without query), oldest first.
     *
     * @param path the path, e.g. {@code /api/v2/spot/trade/place-order}
     * @return the recorded requests to that path, oldest first
     */
    public List<RecordedRequest> requests(String path) {
        return runtime.log().forPath(path);
    }

    /** Forgets every recorded request. */
    public void clearRequests() {
        runtime.log().clear();
    }

    // ---- faults, latency, clock

    /** {@return fault injection per path; see {@link Faults}} */
    public Faults faults() {
        return faults;
    }

    /**
     * Delays every answer by {@code latency}, without holding a thread per waiting request
     * (load tests can keep thousands in flight). {@link Duration#ZERO} turns it off.
     *
     * @param latency the delay before each answer; {@link Duration#ZERO} for none
     */
    public void setLatency(Duration latency) {
        runtime.setLatency(latency);
    }

    /**
     * Moves the server's clock: a positive offset puts it ahead of the machine's clock. Affects the
     * server time endpoints, the 30-second timestamp window (error 40008) and order times.
     *
     * @param offset how far the server's clock is from this machine's; negative for behind
     */
    public void setClockOffset(Duration offset) {
        runtime.clock().setOffset(offset);
    }

    /** {@return the server's current time, Unix milliseconds (the machine's clock plus the offset)} */
    public long serverTimeMillis() {
        return runtime.clock().millis();
    }

    // ---- rate limits

    /**
     * Enforces Bitget's documented limit of every modelled endpoint, per UID (each key is its own account) or per IP
     * as the model says, and answers a request beyond it with HTTP 429 and Bitget's body
     * ({@code {"code":"429","msg":"Too Many Requests",...}}) and a {@code Retry-After} header (whole seconds until the
     * window has room, at least 1; Bitget documents none, but a server may send one), without carrying it out. Counts
     * over a sliding window: at most N requests in any window. Off by default; switching it on or off starts every
     * count afresh.
     *
     * @param enforced true to answer requests over a limit with 429
     */
    public void setRateLimitsEnforced(boolean enforced) {
        runtime.setRateLimitsEnforced(enforced);
    }

    /** {@return whether requests over Bitget's limits are answered with 429} */
    public boolean rateLimitsEnforced() {
        return runtime.rateLimitsEnforced();
    }

    /** {@return how many requests were answered 429 for exceeding a limit (not counting injected faults)} */
    public long rateLimitRefusals() {
        return runtime.rateLimitRefusals();
    }

    // ---- WebSocket

    /** {@return fault injection on the WebSocket side; see {@link WsFaults}} */
    public WsFaults wsFaults() {
        return wsFaults;
    }

    /** {@return every WebSocket connection accepted or refused so far, oldest first} */
    public List<WsConnectionRecord> wsConnections() {
        return runtime.wsConnections();
    }

    /**
     * The subscriptions of all open sockets on the path, as {@code instType|channel|instId} (V2; coin channels
     * use the coin) or {@code instType|topic|symbol} (V3; empty symbol for private topics), sorted.
     *
     * @param path the path, e.g. {@code /api/v2/spot/trade/place-order}
     * @return the subscriptions, as {@code instType|channel|target}
     */
    public Set<String> wsSubscriptions(String path) {
        return runtime.wsSubscriptions(path);
    }

    /**
     * Generates {@code count} random book changes (seeded, so repeatable) for the symbol and pushes each as a
     * {@code books} update, with a correct checksum unless {@link WsFaults#badChecksumNext(String)} says
     * otherwise. Synchronous: the frames are queued on the sockets when this returns.
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @param count how many updates
     * @return how many frames were sent (updates times subscribers)
     * @throws IllegalArgumentException for an unknown symbol
     */
    public int pushBookUpdates(String symbol, int count) {
        return runtime.pushBookUpdates(symbol, count);
    }

    /**
     * Pushes the symbol's current ticker to its {@code ticker} subscribers (V2 and V3).
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return how many frames were sent
     */
    public int pushTicker(String symbol) {
        return runtime.pushTicker(symbol);
    }

    /**
     * The symbol's whole book as the WebSocket side has pushed it. @throws IllegalArgumentException for an unknown symbol
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return a copy of the server's book
     */
    public BookView serverBook(String symbol) {
        return runtime.serverBook(symbol);
    }

    // ---- market state, for assertions

    /**
     * One coin of an account (zero when never held).
     *
     * @param apiKey the API key
     * @param coin e.g. {@code USDT}
     * @return the balance; zero when the account holds none
     * @throws IllegalArgumentException for an unknown API key
     */
    public BalanceSnapshot balance(String apiKey, String coin) {
        return runtime.balance(apiKey, coin);
    }

    /**
     * Every coin the account has held, by coin name.
     *
     * @param apiKey the API key
     * @return every coin the account holds
     */
    public List<BalanceSnapshot> balances(String apiKey) {
        return runtime.balances(apiKey);
    }

    /**
     * Sets the available amount of a coin (frozen amounts stay), e.g. to test insufficient balance.
     *
     * @param apiKey the API key
     * @param coin e.g. {@code USDT}
     * @param available the available amount
     */
    public void setBalance(String apiKey, String coin, BigDecimal available) {
        runtime.setBalance(apiKey, coin, available);
    }

    /**
     * As {@link #setBalance(String, String, BigDecimal)} with a decimal string, e.g. {@code "0.5"}.
     *
     * @param apiKey the API key
     * @param coin e.g. {@code USDT}
     * @param available the available amount
     */
    public void setBalance(String apiKey, String coin, String available) {
        setBalance(apiKey, coin, new BigDecimal(available));
    }

    /**
     * Credits a deposit that arrived on {@code chain} (e.g. {@code trc20}) to the key's spot account; V2 deposit
     * records ({@code /api/v2/spot/wallet/deposit-records}) list it as successful.
     *
     * @param apiKey the API key
     * @param coin e.g. {@code USDT}
     * @param amount the amount
     * @param chain the chain, e.g. {@code trc20}
     * @return the deposit's id (its {@code orderId} in the records)
     * @throws IllegalArgumentException for an unknown API key or an amount that is not positive
     */
    public String creditDeposit(String apiKey, String coin, String amount, String chain) {
        return runtime.creditDeposit(apiKey, coin, new BigDecimal(amount), chain);
    }

    /**
     * An order of the account, open or closed, empty when it does not exist.
     *
     * @param apiKey the API key
     * @param orderId the server's order ID
     * @return a copy of the order, or empty when the key has no such order
     */
    public Optional<OrderSnapshot> order(String apiKey, String orderId) {
        return runtime.order(apiKey, orderId);
    }

    /**
     * The account's open orders, newest first.
     *
     * @param apiKey the API key
     * @return copies of the key's open orders
     */
    public List<OrderSnapshot> openOrders(String apiKey) {
        return runtime.openOrders(apiKey);
    }

    /**
     * Highest bid on the book (market maker or users). @throws IllegalArgumentException for an unknown symbol
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return the highest bid price
     */
    public BigDecimal bestBid(String symbol) {
        return runtime.bestBid(symbol);
    }

    /**
     * Lowest ask on the book (market maker or users). @throws IllegalArgumentException for an unknown symbol
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return the lowest ask price
     */
    public BigDecimal bestAsk(String symbol) {
        return runtime.bestAsk(symbol);
    }

    // ---- futures

    /**
     * Moves a USDT-M futures contract's market to {@code price}: the market maker requotes its ladder around it
     * (BTCUSDT asks {@code price + 1}, {@code + 2}, ...; bids {@code price - 1}, ...) and the last price, which is
     * also the mark price, becomes {@code price}, so open positions revalue at once. Users' resting orders stay.
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @param price the price
     * @throws IllegalArgumentException for an unknown symbol or a price off the contract's tick
     */
    public void setFuturesPrice(String symbol, BigDecimal price) {
        runtime.setFuturesPrice(symbol, price);
    }

    /**
     * As {@link #setFuturesPrice(String, BigDecimal)} with a decimal string, e.g. {@code "61000"}.
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @param price the price
     */
    public void setFuturesPrice(String symbol, String price) {
        setFuturesPrice(symbol, new BigDecimal(price));
    }

    /**
     * Keeps the markets moving: every {@code interval} a bot account of its own sends a small market order of a
     * random side on every spot symbol and futures contract, so tickers, trades, candles and books stream as on a
     * live exchange (a random walk). {@code Duration.ZERO} stops it; {@link #close()} too.
     *
     * @param interval how often the markets move
     */
    public void keepMarketsMoving(java.time.Duration interval) {
        if (interval.isNegative()) {
            throw new IllegalArgumentException("interval must not be negative: " + interval);
        }
        runtime.keepMarketsMoving(interval);
    }

    /**
     * A futures contract's mark price: its last trade price, or where the market maker quotes before any trade.
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return the current mark price
     */
    public BigDecimal futuresPrice(String symbol) {
        return runtime.futuresPrice(symbol);
    }

    /**
     * Sets the wallet balance of the key's USDT-M futures account, e.g. to test insufficient margin; margins of
     * open positions and orders stay committed.
     *
     * @param apiKey the API key
     * @param balance the available USDT of the futures account
     * @throws IllegalArgumentException for an unknown API key
     */
    public void setFuturesBalance(String apiKey, String balance) {
        runtime.setFuturesBalance(apiKey, new BigDecimal(balance));
    }

    /** Stops the server; connections in flight are closed. */
    @Override
    public void close() {
        runtime.close();
    }

    @Override
    public String toString() {
        return "TestkitServer[" + baseUrl() + "]";
    }

    /** Options of a server; every one has a default. */
    public static final class Builder {

        private int port;
        private Duration latency = Duration.ZERO;
        private Duration clockOffset = Duration.ZERO;
        private int recordLimit = 20_000;
        private Duration wsIdleTimeout = Duration.ofSeconds(30);
        private boolean enforceRateLimits;
        private BigDecimal futuresBalance = new BigDecimal("100000");
        private final Map<String, BigDecimal> funding = new LinkedHashMap<>(Map.of(
                "USDT", new BigDecimal("100000"), "BTC", new BigDecimal("2"), "ETH", new BigDecimal("20")));

        private Builder() {
        }

        /**
         * 0 (the default) picks a free port.
         *
         * @param port the port, 0 for a free one
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Server-wide answer delay; default none.
         *
         * @param latency the delay before each answer; {@link Duration#ZERO} for none
         * @return this builder
         */
        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        /**
         * Initial server clock offset; default none. See {@link TestkitServer#setClockOffset(Duration)}.
         *
         * @param offset how far the server's clock is from this machine's; negative for behind
         * @return this builder
         */
        public Builder clockOffset(Duration offset) {
            this.clockOffset = offset;
            return this;
        }

        /**
         * What each new account gets of {@code coin} (replacing the default for that coin; zero removes it).
         * Defaults: 100,000 USDT, 2 BTC, 20 ETH.
         *
         * @param coin e.g. {@code USDT}
         * @param amount the amount
         * @return this builder
         */
        public Builder initialBalance(String coin, BigDecimal amount) {
            if (amount.signum() == 0) {
                funding.remove(coin);
            } else if (amount.signum() < 0) {
                throw new IllegalArgumentException("negative balance for " + coin);
            } else {
                funding.put(coin, amount);
            }
            return this;
        }

        /**
         * How many requests to keep for {@link #requests()} (oldest dropped first); default 20,000 (a few MB).
         * Benchmarks that never look at them can pass 0.
         *
         * @param limit the most requests kept
         * @return this builder
         */
        public Builder recordLimit(int limit) {
            if (limit < 0) {
                throw new IllegalArgumentException("negative record limit");
            }
            this.recordLimit = limit;
            return this;
        }

        /**
         * How long a WebSocket may go without sending anything (a {@code ping} counts) before the server
         * closes it; Bitget's 30 s by default.
         *
         * @param timeout whether the failure was a timeout
         * @return this builder
         */
        public Builder wsIdleTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("WebSocket idle timeout must be positive");
            }
            this.wsIdleTimeout = timeout;
            return this;
        }

        /**
         * The USDT each new key's USDT-M futures account starts with; default 100,000.
         *
         * @param amount the amount
         * @return this builder
         */
        public Builder initialFuturesBalance(BigDecimal amount) {
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("negative futures balance");
            }
            this.futuresBalance = amount;
            return this;
        }

        /**
         * As {@link #initialBalance(String, BigDecimal)} with a decimal string, e.g. {@code "5000"}.
         *
         * @param coin e.g. {@code USDT}
         * @param amount the amount
         * @return this builder
         */
        public Builder initialBalance(String coin, String amount) {
            return initialBalance(coin, new BigDecimal(amount));
        }

        /**
         * Answer requests beyond Bitget's limits with 429; default off. See {@link TestkitServer#setRateLimitsEnforced}.
         *
         * @param enforce true to answer requests over a limit with 429
         * @return this builder
         */
        public Builder enforceRateLimits(boolean enforce) {
            this.enforceRateLimits = enforce;
            return this;
        }

        /**
         * Starts the server with these settings.
         *
         * @return the running server
         * @throws IllegalStateException when the server cannot start (e.g. the port is taken)
         */
        public TestkitServer start() {
            return new TestkitServer(new ServerRuntime(port, latency, funding, futuresBalance, recordLimit, clockOffset,
                    wsIdleTimeout, enforceRateLimits));
        }
    }
}
