package io.github.bitget4j.kotlin

import io.github.bitget4j.ClientOptions
import io.github.bitget4j.WebsocketClientV2
import io.github.bitget4j.errors.WsSubscribeRefusedException
import io.github.bitget4j.testkit.TestkitServer
import io.github.bitget4j.ws.WsTopicV2
import io.github.bitget4j.ws.v2.ChannelsV2
import io.github.bitget4j.ws.v2.WsInstTypeV2
import io.github.bitget4j.ws.v2.WsTickerV2
import java.time.Duration
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebsocketFlowTest {

    private val publicPath = "/v2/ws/public"

    private val server = TestkitServer.start()

    private val ws = WebsocketClientV2(
        ClientOptions.builder().baseUrl(server.baseUrl()).wsUrl(server.wsBaseUrl())
            .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(3)).build(),
    )

    @AfterAll
    fun close() {
        ws.close()
        server.close()
    }

    @Test
    fun takingThreeTickerUpdatesGetsThreeTickersAndThenUnsubscribes(): Unit = runBlocking {
        val topic = WsTopicV2.of("SPOT", "ticker", "BTCUSDT")
        val collected = async { withTimeout(10_000) { ws.updates(topic).take(3).toList() } }
        awaitServerSubscriptions { topic.key() in it }

        // the subscribe snapshot plus these pushes: at least 3 reach the flow whatever the snapshot's timing
        repeat(3) { assertThat(server.pushTicker("BTCUSDT")).isEqualTo(1) }
        val updates = collected.await()

        assertThat(updates).hasSize(3).allSatisfy { update ->
            assertThat(update.topic().key()).isEqualTo(topic.key())
            assertThat(update.tickers()).singleElement().satisfies({ ticker ->
                assertThat(ticker.symbol()).isEqualTo("BTCUSDT")
                assertThat(ticker.lastPrice()).isPositive()
            })
        }
        assertThat(ws.subscriptions()).doesNotContain(topic) // forgotten by the time collection returns
        awaitServerSubscriptions { topic.key() !in it }
    }

    @Test
    fun cancellingTheCollectorUnsubscribes(): Unit = runBlocking {
        val topic = WsTopicV2.of("SPOT", "ticker", "ETHUSDT")
        val collector = launch { ws.updates(topic).collect { } }
        awaitServerSubscriptions { topic.key() in it }

        collector.cancelAndJoin()

        assertThat(ws.subscriptions()).doesNotContain(topic)
        awaitServerSubscriptions { topic.key() !in it }
        assertThat(server.pushTicker("ETHUSDT")).isZero()
    }

    @Test
    fun aCollectorCancelledWhileItsSubscribeWaitsEndsCancelledNotFailed(): Unit = runBlocking {
        val topic = WsTopicV2.of("SPOT", "ticker", "XRPUSDT") // a testkit symbol no other test here uses
        repeat(50) {
            val collector = launch(Dispatchers.Default) { ws.updates(topic).collect { } }
            val ending = CompletableDeferred<Throwable?>()
            collector.invokeOnCompletion { cause -> ending.complete(cause) }
            // cancels spread over the subscribe's course: before it, while it waits for the ack, after it
            Thread.sleep(it % 5L)
            collector.cancelAndJoin()
            assertThat(ending.await()).isInstanceOf(CancellationException::class.java)
        }
        assertThat(ws.subscriptions()).doesNotContain(topic)
    }

    @Test
    fun aTypedTopicYieldsTheChannelsRecords(): Unit = runBlocking {
        val typed = ChannelsV2.ticker(WsInstTypeV2.SPOT, "SOLUSDT")
        val collected = async { withTimeout(10_000) { ws.updates(typed).take(3).toList() } }
        awaitServerSubscriptions { typed.topic().key() in it }
        repeat(3) { server.pushTicker("SOLUSDT") }
        val tickers: List<WsTickerV2> = collected.await()

        assertThat(tickers).hasSize(3).allSatisfy { ticker ->
            assertThat(ticker.instId()).isEqualTo("SOLUSDT")
            assertThat(ticker.lastPr()).isPositive()
        }
        awaitServerSubscriptions { typed.topic().key() !in it }
    }

    @Test
    fun aRefusedTypedTopicEndsTheFlowWithTheRefusal(): Unit = runBlocking {
        val refused = runCatching { ws.updates(ChannelsV2.ticker(WsInstTypeV2.SPOT, "NOPEUSDT")).first() }
        assertThat(refused.exceptionOrNull()).isInstanceOf(WsSubscribeRefusedException::class.java)
        assertThat(ws.subscriptions()).isEmpty()
    }

    private suspend fun awaitServerSubscriptions(condition: (Set<String>) -> Boolean) {
        withTimeout(5_000) {
            while (!condition(server.wsSubscriptions(publicPath))) {
                delay(5)
            }
        }
    }
}
