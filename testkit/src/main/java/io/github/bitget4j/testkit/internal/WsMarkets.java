package io.github.bitget4j.testkit.internal;

/** The simulated markets the WebSocket side reads and listens to. */
record WsMarkets(Exchange exchange, FuturesEngine futures, FuturesPortfolio portfolio, SpotPlans spotPlans,
                 FuturesPlans futuresPlans) {
}
