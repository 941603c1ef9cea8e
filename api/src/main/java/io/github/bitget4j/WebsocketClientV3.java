package io.github.bitget4j;

import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsListener;
import io.github.bitget4j.ws.WsTopicV3;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * WebSocket client of the unified trading account (V3): public topics ({@code ticker}, {@code kline},
 * {@code books}, {@code publicTrade}) on {@code /v3/ws/public}, private ones ({@code account}, {@code order},
 * {@code fill}, {@code position}, ...) on {@code /v3/ws/private}. Orders over the same private socket:
 * {@code new WebsocketApiClient(thisClient)}.
 * <pre>{@code
 * try (var ws = new WebsocketClientV3(options)) {
 *     ws.subscribe(WsTopicV3.of("spot", "ticker", "BTCUSDT"), update -> strategy.onTickers(update.tickers()));
 *     ws.subscribe(WsTopicV3.privateTopic("order"), update -> strategy.onOrders(update.orders()));
 * }
 * }</pre>
 */
public final class WebsocketClientV3 extends BitgetWebsocketClient<WsTopicV3> {

    /**
     * A client that opens no socket until the first subscription or {@code connect...} call.
     *
     * @param options the settings; credentials are needed for the private socket only
     * @throws io.github.bitget4j.errors.BitgetConfigurationException when the key cannot be used or no WebSocket
     *         transport plugin fits
     */
    public WebsocketClientV3(ClientOptions options) {
        this(options, null);
    }

    /**
     * A client with a first listener, which hears every event from the start.
     *
     * @param options the settings; credentials are needed for the private socket only
     * @param listener the listener, or null
     * @throws io.github.bitget4j.errors.BitgetConfigurationException when the key cannot be used or no WebSocket
     *         transport plugin fits
     */
    public WebsocketClientV3(ClientOptions options, @Nullable WsListener listener) {
        super(options, EnumSet.of(WsKey.V3_PUBLIC, WsKey.V3_PRIVATE), listener);
    }

    /** Opens the public socket now. */
    public void connectPublic() {
        connect(WsKey.V3_PUBLIC);
    }

    /** Opens the private socket and logs in now. */
    public void connectPrivate() {
        connect(WsKey.V3_PRIVATE);
    }
}
