package io.github.bitget4j.kotlin.examples

import io.github.bitget4j.ClientOptions
import io.github.bitget4j.RestClientV2
import io.github.bitget4j.kotlin.await
import io.github.bitget4j.model.v2.SpotTickerRequest
import io.github.bitget4j.testkit.TestkitServer
import java.time.Duration
import java.time.Instant
import kotlin.time.TimeSource
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.cancelAndJoin
import kotlinx.coroutines.delay
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking

/**
 * bitget4j from coroutines, against a local testkit server with a generated key: 1,000 concurrent calls on
 * virtual threads, then a slow call cancelled after 200 ms. Run it with
 * `./mvnw -q -DskipTests -Dkotlin-example verify`.
 */
fun main(): Unit = runBlocking {
    TestkitServer.start().use { server ->
        val key = server.createHmacKey()
        val options = ClientOptions.builder()
            .baseUrl(server.baseUrl())
            .apiKey(key.apiKey)
            .apiSecret(key.apiSecret)
            .apiPass(key.apiPass)
            .build()
        RestClientV2(options).use { client ->
            val symbols = listOf("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "BGBUSDT", "ETHBTC")
            val started = TimeSource.Monotonic.markNow()
            val tickers = List(1_000) { i ->
                async { client.await { getSpotTicker(SpotTickerRequest.of(symbols[i % symbols.size])) } }
            }.awaitAll()
            val lastPrices = tickers.mapNotNull { it.data()?.firstOrNull() }.associate { it.symbol to it.lastPr }
            println("1,000 concurrent ticker calls in ${started.elapsedNow()}: $lastPrices")

            // Make the server-time endpoint answer after 5 s, start a call, and give up on it after 200 ms.
            server.faults().latency("/api/v2/public/time", Duration.ofSeconds(5))
            val slowCall = launch { client.await { getServerTime() } }
            delay(200)
            val cancelling = TimeSource.Monotonic.markNow()
            slowCall.cancelAndJoin() // interrupts the blocked call and waits until it has returned
            println("Cancelled the in-flight call; it stopped ${cancelling.elapsedNow()} later")

            server.faults().clear()
            val serverTime = client.await { fetchServerTime() }
            println("The client still works: server time ${Instant.ofEpochMilli(serverTime)}")
        }
    }
}
