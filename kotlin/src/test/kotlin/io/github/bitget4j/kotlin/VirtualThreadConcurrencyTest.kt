package io.github.bitget4j.kotlin

import io.github.bitget4j.RestClientV2
import io.github.bitget4j.model.v2.SpotTickerRequest
import io.github.bitget4j.testkit.TestkitServer
import java.time.Duration
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VirtualThreadConcurrencyTest {

    private val symbols = listOf("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "BGBUSDT", "ETHBTC")

    // Every answer takes 50 ms, so calls overlap; nobody trades on this server, so its books stay put.
    private val server = TestkitServer.builder().latency(Duration.ofMillis(50)).start()

    // The default pool of 64 connections: the other callers queue for one, as the README promises. Rate limiting
    // is off: 1,000 ticker calls at once are 50 times Bitget's 20/s, and this test is about the dispatcher.
    private val client = RestClientV2(server.clientOptions().rateLimiting(false).build())

    @AfterAll
    fun close() {
        client.close()
        server.close()
    }

    @Test
    fun thousandConcurrentCallsAllSucceedOnTheVirtualThreadDispatcher(): Unit = runBlocking {
        val inFlight = AtomicInteger()
        val mostInFlight = AtomicInteger()
        val onVirtualThreads = AtomicInteger()

        val responses = coroutineScope {
            List(1_000) { i ->
                async {
                    client.await {
                        if (Jdk21Threads.isVirtual(Thread.currentThread())) onVirtualThreads.incrementAndGet()
                        mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), ::maxOf)
                        try {
                            getSpotTicker(SpotTickerRequest.of(symbols[i % symbols.size]))
                        } finally {
                            inFlight.decrementAndGet()
                        }
                    }
                }
            }.awaitAll()
        }

        responses.forEachIndexed { i, response ->
            val symbol = symbols[i % symbols.size]
            assertThat(response.code()).isEqualTo("00000")
            val ticker = response.data()!!.single()
            assertThat(ticker.symbol()).isEqualTo(symbol)
            assertThat(ticker.bidPr()).isEqualByComparingTo(server.bestBid(symbol))
            assertThat(ticker.askPr()).isEqualByComparingTo(server.bestAsk(symbol))
        }
        assertThat(server.requests(TICKERS_PATH)).hasSize(1_000)
        assertThat(onVirtualThreads.get()).isEqualTo(1_000)
        // Dispatchers.IO would have run at most 64 of these blocking calls at a time
        assertThat(mostInFlight.get()).isGreaterThan(500)
    }
}
