package io.github.bitget4j;

import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsListener;
import io.github.bitget4j.ws.WsTopicV2;
import java.util.EnumSet;
import org.jspecify.annotations.Nullable;

/**
 * WebSocket client of the classic account (V2): public channels ({@code ticker}, {@code candle1m}, {@code trade},
 * {@code books}, ...) on {@code /v2/ws/public}, private ones ({@code account}, {@code orders}, {@code positions},
 * ...) on {@code /v2/ws/private}.
 * <pre>{@code
 * try (var ws = new WebsocketClientV2(options)) {
 *     ws.subscribe(WsTopicV2.of("SPOT", "ticker", "BTCUSDT"), update -> strategy.onTickers(update.tickers()));
 *     OrderBookView book = ws.orderBook(WsTopicV2.of("SPOT", "books", "BTCUSDT"));
 *     ...
 * }
 * }</pre>
 */
public final class WebsocketClientV2 extends BitgetWebsocketClient<WsTopicV2> {

    /**
     * A client that opens no socket until the first subscription or {@code connect...} call.
     *
     * @param options the settings; credentials are needed for the private socket only
     * @throws io.github.bitget4j.errors.BitgetConfigurationException when the key cannot be used or no WebSocket
     *         transport plugin fits
     */
    public WebsocketClientV2(ClientOptions options) {
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
    public WebsocketClientV2(ClientOptions options, @Nullable WsListener listener) {
        super(options, EnumSet.of(WsKey.V2_PUBLIC, WsKey.V2_PRIVATE), listener);
    }

    /** Opens the public socket now. */
    public void connectPublic() {
        connect(WsKey.V2_PUBLIC);
    }

    /** Opens the private socket and logs in now. */
    public void connectPrivate() {
        connect(WsKey.V2_PRIVATE);
    }
}
