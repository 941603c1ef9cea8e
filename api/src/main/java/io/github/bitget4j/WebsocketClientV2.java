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

    public WebsocketClientV2(ClientOptions options) {
        this(options, null);
    }

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
