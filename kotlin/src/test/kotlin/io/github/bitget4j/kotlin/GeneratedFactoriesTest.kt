package io.github.bitget4j.kotlin

import io.github.bitget4j.errors.BitgetValidationException
import io.github.bitget4j.kotlin.requests.futuresOrderRequest
import io.github.bitget4j.kotlin.requests.futuresTickerRequest
import io.github.bitget4j.model.OrderType
import io.github.bitget4j.model.Side
import io.github.bitget4j.model.TimeInForce
import io.github.bitget4j.model.v2.futures.FuturesTickerRequest
import io.github.bitget4j.model.v2.futures.ProductType
import io.github.bitget4j.model.v3.MarginMode
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.Test
import java.math.BigDecimal

/** The factories generated from the model: named arguments, defaults for what is optional, the records' checks. */
class GeneratedFactoriesTest {

    @Test
    fun namedArgumentsFillTheRecordAndOptionalOnesDefaultToUnset() {
        val order = futuresOrderRequest(
            symbol = "BTCUSDT",
            productType = ProductType.USDT_FUTURES,
            marginMode = MarginMode.CROSSED,
            marginCoin = "USDT",
            side = Side.BUY,
            orderType = OrderType.LIMIT,
            price = BigDecimal("60000"),
            size = BigDecimal("0.01"),
            force = TimeInForce.POST_ONLY,
        )

        assertThat(order.symbol()).isEqualTo("BTCUSDT")
        assertThat(order.price()).isEqualByComparingTo("60000")
        assertThat(order.force()).isEqualTo(TimeInForce.POST_ONLY)
        assertThat(order.clientOid()).isNull()
        assertThat(order.tradeSide()).isNull()
        assertThat(order.extraParams()).isEmpty()
    }

    @Test
    fun theRecordsChecksRunOnTheFactoryToo() {
        assertThatThrownBy {
            futuresOrderRequest(
                symbol = "BTCUSDT", productType = ProductType.USDT_FUTURES, marginMode = MarginMode.CROSSED,
                marginCoin = "USDT", side = Side.BUY, orderType = OrderType.LIMIT, size = BigDecimal("0.01"),
            )
        }.isInstanceOf(BitgetValidationException::class.java).hasMessageContaining("price")
    }

    @Test
    fun extraParametersGoThroughAndAShortRequestEqualsItsJavaFactory() {
        val ticker = futuresTickerRequest(symbol = "BTCUSDT", productType = ProductType.USDT_FUTURES)
        val withExtra = futuresTickerRequest("BTCUSDT", ProductType.USDT_FUTURES, extraParams = mapOf("newFlag" to "1"))

        assertThat(ticker).isEqualTo(FuturesTickerRequest.of("BTCUSDT", ProductType.USDT_FUTURES))
        assertThat(withExtra.extraParams()).containsEntry("newFlag", "1")
    }
}
