package io.github.bitget4j.kotlin

import io.github.bitget4j.RestClientV2
import io.github.bitget4j.errors.BitgetInterruptedException
import io.github.bitget4j.model.v2.SpotTickerRequest
import io.github.bitget4j.testkit.TestkitServer
import java.time.Duration
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CompletableDeferred
import kotlinx.coroutines.async
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CancellationTest {

    private val server = TestkitServer.start()

    // A single connection: a cancelled call that kept its connection would leave the next call nothing to
    // send on, and that call would then time out (after 3 s) instead of answering.
    private val client = RestClientV2(
        server.clientOptions().maxConnections(1).requestTimeout(Duration.ofSeconds(3)).build(),
    )

    @BeforeEach
    fun resetServer() {
        server.faults().clear()
        server.clearRequests()
    }

    @AfterAll
    fun close() {
        client.close()
        server.close()
    }

    @Test
    fun cancellingTheCoroutineInterruptsTheBlockingCall(): Unit = runBlocking {
        server.faults().latency(SERVER_TIME_PATH, Duration.ofSeconds(5))
        val failure = CompletableDeferred<Throwable>()
        val call = launch {
            try {
                client.await { getServerTime() }
            } catch (e: Throwable) {
                failure.complete(e)
                throw e
            }
        }
        server.awaitRequests(SERVER_TIME_PATH, 1)

        call.cancelAndJoin() // returns only once the blocking call itself has returned

        // The SDK call saw the interrupt (rather than being abandoned while its thread kept waiting); without it the
        // call would have ended in the 3 s request timeout (the server holds it 5 s): a timeout, not an interrupt.
        assertThat(failure.await())
            .isInstanceOf(CancellationException::class.java)
            .hasCauseInstanceOf(BitgetInterruptedException::class.java)
    }

    @Test
    fun theClientAnswersNormallyAfterCancelledCalls(): Unit = runBlocking {
        server.faults().latency(SERVER_TIME_PATH, Duration.ofSeconds(5))
        repeat(3) { i ->
            val call = launch { client.await { getServerTime() } }
            server.awaitRequests(SERVER_TIME_PATH, i + 1)
            call.cancelAndJoin()
        }
        server.faults().clear()

        val before = server.serverTimeMillis()
        val serverTime = client.await { fetchServerTime() }

        assertThat(serverTime).isBetween(before, server.serverTimeMillis())
    }

    @Test
    fun cancellingOneCallEndsNeitherItsScopeNorItsSiblings(): Unit = runBlocking {
        server.faults().latency(SERVER_TIME_PATH, Duration.ofSeconds(5))
        val tickers = coroutineScope {
            val slow = launch { client.await { getServerTime() } }
            server.awaitRequests(SERVER_TIME_PATH, 1)
            // queued behind the slow call for the client's only connection
            val sibling = async { client.await { getSpotTicker(SpotTickerRequest.of("BTCUSDT")) } }
            slow.cancel()
            sibling.await()
        }

        assertThat(tickers.data()).singleElement().extracting { it.symbol }.isEqualTo("BTCUSDT")
    }

    @Test
    fun anInterruptThatIsNotACancellationStaysABitgetInterruptedException() {
        assertThatThrownBy {
            runBlocking {
                client.await {
                    Thread.currentThread().interrupt()
                    getServerTime()
                }
            }
        }.isInstanceOf(BitgetInterruptedException::class.java)
    }
}
