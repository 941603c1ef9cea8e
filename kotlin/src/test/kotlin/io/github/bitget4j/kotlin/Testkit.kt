package io.github.bitget4j.kotlin

import io.github.bitget4j.ClientOptions
import io.github.bitget4j.testkit.TestkitServer
import kotlinx.coroutines.delay
import kotlinx.coroutines.withTimeout

internal const val SERVER_TIME_PATH = "/api/v2/public/time"
internal const val TICKERS_PATH = "/api/v2/spot/market/tickers"

/** Options pointing at this server with a freshly generated HMAC key of its own. */
internal fun TestkitServer.clientOptions(): ClientOptions.Builder {
    val key = createHmacKey()
    return ClientOptions.builder().baseUrl(baseUrl()).apiKey(key.apiKey).apiSecret(key.apiSecret).apiPass(key.apiPass)
}

/** Suspends until the server has received [count] requests to [path]: the call is then in flight for sure. */
internal suspend fun TestkitServer.awaitRequests(path: String, count: Int) {
    withTimeout(5_000) {
        while (requests(path).size < count) {
            delay(5)
        }
    }
}
