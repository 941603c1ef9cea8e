package io.github.bitget4j.ws;

/**
 * A topic together with the record its pushes decode into, built by the generated {@code ChannelsV2} and
 * {@code ChannelsV3}: {@code client.subscribe(ChannelsV2.ticker(WsInstTypeV2.SPOT, "BTCUSDT"), push -> ...)} hands
 * the handler a {@code WsPush<WsTickerV2>}, checked by the compiler.
 *
 * @param topic    the subscription argument
 * @param pushType the record each element of {@code data} decodes into
 * @param <T>      {@link WsTopicV2} or {@link WsTopicV3}
 * @param <R>      the channel's push record
 */
public record WsTypedTopic<T extends WsTopic, R>(T topic, Class<R> pushType) {
}
