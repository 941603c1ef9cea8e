package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.BookView;
import io.github.bitget4j.testkit.OrderSnapshot;
import io.github.bitget4j.testkit.WsConnectionRecord;
import java.math.BigDecimal;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/** Everything behind one {@code TestkitServer}: Jetty, keys, market, faults, recording, WebSocket side. */
public final class ServerRuntime implements AutoCloseable {

    /** Room for a burst of thousands of connections opened at once by one load test. */
    private static final int ACCEPT_QUEUE = 4096;

    private final ServerClock clock = new ServerClock();
    private final KeyRegistry keys = new KeyRegistry();
    private final FaultPlan faults = new FaultPlan();
    private final WsFaultPlan wsFaults = new WsFaultPlan();
    private final RequestLog log;
    private final Exchange exchange;
    private final FuturesEngine futures;
    private final FuturesPortfolio portfolio;
    private final SpotWallet wallet;
    private final MarketMover marketMover;
    private final Server server;
    private final ServerConnector connector;
    private final BitgetHandler handler;
    private final WsHub webSockets;
    private final LimitEnforcer limits;

    /**
     * Starts listening on 127.0.0.1.
     *
     * @param port        0 for a free port
     * @param funding     what each new account starts with
     * @param futuresBalance the USDT each new account's USDT-M futures account starts with
     * @param recordLimit how many requests to keep (oldest dropped first); 0 records nothing
     * @param wsIdleTimeout how long a WebSocket may stay silent before the server closes it
     * @throws IllegalStateException when the server cannot start (e.g. the port is taken)
     */
    public ServerRuntime(int port, Duration latency, Map<String, BigDecimal> funding, BigDecimal futuresBalance,
                         int recordLimit, Duration clockOffset, Duration wsIdleTimeout, boolean enforceRateLimits) {
        clock.setOffset(clockOffset);
        log = new RequestLog(recordLimit);
        exchange = new Exchange(funding, clock);
        Routes routes = new Routes();
        new SpotMarketV2(exchange).register(routes);
        new SpotTradeV2(exchange).register(routes);
        futures = new FuturesEngine(futuresBalance, clock);
        portfolio = new FuturesPortfolio(futures);
        marketMover = new MarketMover(exchange, futures);
        FuturesMarketV2 futuresMarket = new FuturesMarketV2(futures);
        new MarketV3(exchange, new FuturesMarketV3(futures, futuresMarket)).register(routes);
        FuturesTradeV3 futuresV3 = new FuturesTradeV3(futures, portfolio); // V3 futures: the same engine as V2
        new TradeV3(exchange, futuresV3).register(routes);
        futuresV3.register(routes);
        new AccountV3(exchange, futures, portfolio).register(routes);
        new PositionV3(futures, portfolio).register(routes);
        futuresMarket.register(routes);
        new FuturesTradeV2(futures, portfolio, new FuturesClosing(futures)).register(routes);
        new FuturesOrdersV2(futures, portfolio).register(routes);
        FuturesPlans futuresPlans = new FuturesPlans(futures);
        new FuturesPlanV2(futures, futuresPlans).register(routes);
        new FuturesAccountV2(futures, portfolio).register(routes);
        new FuturesPositionV2(futures, portfolio).register(routes);
        new SpotHistoryV2(exchange).register(routes);
        SpotPlans spotPlans = new SpotPlans();
        new SpotPlanV2(exchange, spotPlans).register(routes);
        wallet = new SpotWallet(exchange, futures, portfolio);
        new SpotWalletV2(wallet).register(routes);
        ModelCatalog model = ModelCatalog.load();
        // keep this last: every modelled endpoint nothing above simulates is answered from a fixture
        new Fixtures(model).registerMissing(routes);

        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("bitget4j-testkit");
        threads.setDaemon(true); // a test that forgets close() must not keep the JVM alive
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("bitget4j-testkit-scheduler", true);
        server = new Server(threads, scheduler, null);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        connector = new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setAcceptQueueSize(ACCEPT_QUEUE);
        server.addConnector(connector);
        Authenticator authenticator = new Authenticator(keys); // REST and WebSocket logins check keys the same way
        limits = new LimitEnforcer(model, enforceRateLimits);
        Dispatcher dispatcher = new Dispatcher(routes, new ParameterCheck(model), authenticator, exchange,
                clock, limits);
        handler = new BitgetHandler(dispatcher, faults, log, clock, scheduler, threads, latency);
        webSockets = new WsHub(new WsMarkets(exchange, futures, portfolio, spotPlans, futuresPlans), authenticator, clock,
                scheduler, wsFaults, wsIdleTimeout);
        // Upgrade requests on the four WebSocket paths go to the hub; everything else to the REST handler.
        WebSocketUpgradeHandler upgrades = WebSocketUpgradeHandler.from(server, webSockets::install);
        upgrades.setHandler(handler);
        server.setHandler(upgrades);
        try {
            server.start();
            webSockets.start();
        } catch (Exception e) {
            close();
            throw new IllegalStateException("testkit server could not start on 127.0.0.1:" + port, e);
        }
    }

    /** Whether requests beyond Bitget's limits are answered 429; switching clears what was counted. */
    public void setRateLimitsEnforced(boolean enforced) {
        limits.setEnabled(enforced);
    }

    public boolean rateLimitsEnforced() {
        return limits.enabled();
    }

    public long rateLimitRefusals() {
        return limits.refused();
    }

    public int port() {
        return connector.getLocalPort();
    }

    public FaultPlan faults() {
        return faults;
    }

    public WsFaultPlan wsFaults() {
        return wsFaults;
    }

    public List<WsConnectionRecord> wsConnections() {
        return webSockets.connections();
    }

    public Set<String> wsSubscriptions(String path) {
        return webSockets.subscriptions(path);
    }

    public int pushBookUpdates(String symbol, int count) {
        return webSockets.pushBookUpdates(symbol, count);
    }

    public int pushTicker(String symbol) {
        return webSockets.pushTicker(symbol);
    }

    public BookView serverBook(String symbol) {
        return webSockets.serverBook(symbol);
    }

    public RequestLog log() {
        return log;
    }

    public ServerClock clock() {
        return clock;
    }

    public void setLatency(Duration latency) {
        handler.setLatency(latency);
    }

    /** @throws IllegalArgumentException when the key is already registered */
    public void registerHmac(String apiKey, String secret, String passphrase, boolean demo) {
        register(RegisteredKey.hmac(apiKey, secret, passphrase, demo));
    }

    /** @throws IllegalArgumentException when the key is already registered */
    public void registerRsa(String apiKey, PublicKey publicKey, String passphrase, boolean demo) {
        if (!"RSA".equals(publicKey.getAlgorithm())) {
            throw new IllegalArgumentException("expected an RSA public key, got " + publicKey.getAlgorithm());
        }
        register(RegisteredKey.rsa(apiKey, publicKey, passphrase, demo));
    }

    private void register(RegisteredKey key) {
        if (keys.contains(key.apiKey())) {
            throw new IllegalArgumentException("API key already registered: " + key.apiKey());
        }
        exchange.open(key.apiKey()); // the accounts exist before the key can be used
        futures.open(key.apiKey());
        keys.add(key);
    }

    public BalanceSnapshot balance(String apiKey, String coin) {
        return exchange.balance(exchange.account(apiKey), coin);
    }

    public List<BalanceSnapshot> balances(String apiKey) {
        return exchange.balances(exchange.account(apiKey));
    }

    public void setBalance(String apiKey, String coin, BigDecimal available) {
        exchange.setAvailable(exchange.account(apiKey), coin, available);
    }

    public Optional<OrderSnapshot> order(String apiKey, String orderId) {
        try {
            return Optional.of(exchange.order(exchange.account(apiKey), orderId, null));
        } catch (MarketException notFound) {
            return Optional.empty();
        }
    }

    public List<OrderSnapshot> openOrders(String apiKey) {
        return exchange.openOrders(exchange.account(apiKey), null);
    }

    public BigDecimal bestBid(String symbol) {
        return top(symbol).bids().getFirst().price();
    }

    public BigDecimal bestAsk(String symbol) {
        return top(symbol).asks().getFirst().price();
    }

    private OrderBook.Depth top(String symbol) {
        try {
            return exchange.depth(symbol, 1);
        } catch (MarketException e) {
            throw new IllegalArgumentException("unknown symbol " + symbol);
        }
    }

    /**
     * Moves a futures contract's market to {@code price}: the market maker requotes around it and the last
     * (mark) price becomes it.
     *
     * @throws IllegalArgumentException for an unknown symbol or a price off the tick
     */
    public void setFuturesPrice(String symbol, BigDecimal price) {
        try {
            futures.movePrice(symbol, price);
        } catch (FuturesException e) {
            throw new IllegalArgumentException(e.reason() == FuturesException.Reason.UNKNOWN_SYMBOL
                    ? "unknown futures symbol " + symbol : "price " + price.toPlainString() + " is not valid for " + symbol);
        }
    }

    /** The futures contract's mark price (its last trade price). @throws IllegalArgumentException for an unknown symbol */
    public BigDecimal futuresPrice(String symbol) {
        try {
            return futures.markPrice(symbol);
        } catch (FuturesException e) {
            throw new IllegalArgumentException("unknown futures symbol " + symbol);
        }
    }

    /**
     * Credits an on-chain deposit to the key's spot account and records it, as V2 deposit records list it.
     *
     * @return the deposit's id
     */
    public String creditDeposit(String apiKey, String coin, BigDecimal amount, String chain) {
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("a deposit must be positive, got " + amount.toPlainString());
        }
        return wallet.deposit(exchange.account(apiKey), coin, amount, chain, clock.millis()).orderId();
    }

    /** Sets the wallet balance of the key's USDT-M futures account (margins of open positions stay). */
    public void setFuturesBalance(String apiKey, BigDecimal balance) {
        portfolio.setBalance(futures.account(apiKey), balance);
    }

    /** See {@code TestkitServer.keepMarketsMoving}. */
    public void keepMarketsMoving(Duration interval) {
        marketMover.every(interval);
    }

    @Override
    public void close() {
        marketMover.every(Duration.ZERO);
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("testkit server did not stop cleanly", e);
        }
    }
}
