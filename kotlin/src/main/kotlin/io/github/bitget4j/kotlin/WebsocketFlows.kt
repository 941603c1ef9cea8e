@file:JvmName("BitgetWebsocketFlows")

package io.github.bitget4j.kotlin

import io.github.bitget4j.BitgetWebsocketClient
import io.github.bitget4j.ws.WsTopic
import io.github.bitget4j.ws.WsTypedTopic
import io.github.bitget4j.ws.WsUpdate
import kotlinx.coroutines.CoroutineDispatcher
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.channels.Channel
import kotlinx.coroutines.channels.ProducerScope
import kotlinx.coroutines.channels.awaitClose
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.buffer
import kotlinx.coroutines.flow.callbackFlow
import kotlinx.coroutines.ensureActive
import kotlinx.coroutines.runInterruptible

/**
 * The pushes of [topic] as a cold [Flow]:
 * ```
 * ws.updates(WsTopicV2.of("SPOT", "ticker", "BTCUSDT")).collect { println(it.tickers()) }
 * ```
 * Each collection subscribes (the blocking subscribe runs on [dispatcher], by default
 * [Dispatchers.VirtualThreads]) and unsubscribes when the collection ends, however it ends. A failed
 * subscribe ends the flow with the SDK's exception and leaves no subscription behind.
 *
 * The buffer is unbounded: updates arrive on the socket's transport thread, which must never wait for a slow
 * collector (that would stall every topic of the socket), and dropping is no option because one lost
 * `orders`/`fills` update or `books` delta is lost for good. A collector that stays slower than the pushes
 * grows memory instead; apply `conflate()` yourself for topics where only the latest value matters (`ticker`).
 *
 * Unsubscribing forgets every handler of the topic: collect one flow per topic and client at a time.
 */
public fun <T : WsTopic> BitgetWebsocketClient<T>.updates(
    topic: T,
    dispatcher: CoroutineDispatcher = Dispatchers.VirtualThreads,
): Flow<WsUpdate> = callbackFlow {
    try {
        // trySend never fails on an unbounded channel while it is open; after close, late pushes are moot
        runInterruptible(dispatcher) { subscribe(topic) { update -> trySend(update) } }
    } catch (e: Throwable) {
        // a subscribe that timed out stays remembered by the client: forget it, nobody will collect it
        unsubscribe(topic)
        throw cancellationFirst(e)
    }
    awaitClose { unsubscribe(topic) }
}.buffer(Channel.UNLIMITED)

/**
 * The records of a typed [topic] as a cold [Flow], one element per record of each push's `data`:
 * ```
 * ws.updates(ChannelsV2.positions(WsInstTypeV2.USDT_FUTURES)).collect { p -> println(p.total()) }
 * ```
 * Subscribing, buffering and unsubscribing as for the untyped [updates]; a refused subscription ends the flow with
 * `WsSubscribeRefusedException`. A push whose data cannot be decoded ends the flow with the decoding error.
 */
public fun <T : WsTopic, R : Any> BitgetWebsocketClient<T>.updates(
    topic: WsTypedTopic<T, R>,
    dispatcher: CoroutineDispatcher = Dispatchers.VirtualThreads,
): Flow<R> = callbackFlow<R> {
    try {
        runInterruptible(dispatcher) {
            subscribe(topic) { push -> push.data().forEach { trySend(it) } }
        }
    } catch (e: Throwable) {
        unsubscribe(topic)
        throw cancellationFirst(e)
    }
    awaitClose { unsubscribe(topic) }
}.buffer(Channel.UNLIMITED)

/**
 * A collector cancelled while its subscribe waits (to connect, or for the ack) interrupts that wait, and the SDK
 * reports the interrupt as its own exception (`BitgetInterruptedException`): that is the cancellation itself, so the
 * flow ends as cancelled, not as failed.
 */
private fun ProducerScope<*>.cancellationFirst(e: Throwable): Throwable {
    coroutineContext.ensureActive()
    return e
}
