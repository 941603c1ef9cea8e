package io.github.bitget4j.kotlin

import io.github.bitget4j.ApiResponse
import io.github.bitget4j.ClientOptions
import io.github.bitget4j.RestClientV2
import io.github.bitget4j.RestClientV3
import io.github.bitget4j.SignMessageFunction
import io.github.bitget4j.errors.BitgetApiException
import io.github.bitget4j.model.OrderIds
import io.github.bitget4j.model.v2.SpotTicker
import io.github.bitget4j.model.v2.SpotTickerRequest
import io.github.bitget4j.testkit.TestkitServer
import java.math.BigDecimal
import kotlin.reflect.KType
import kotlin.reflect.typeOf
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

/**
 * What the Kotlin compiler makes of bitget4j's JSpecify annotations: `@Nullable` must come out nullable
 * (`T?`) and everything in a `@NullMarked` package non-null (`T`), never a platform type (`T!`), which
 * Kotlin would let us use either way and which would fail at run time instead.
 *
 * A platform type cannot be caught by ordinary code, because every use of `T!` compiles. So the checks
 * are in two halves:
 * - [staticTypeOf] reifies the type the compiler inferred for an expression; a platform type is kept
 *   in it as a flexible type and shows as `T!` (the first test proves that this detection works).
 * - The module is compiled with `-Werror`, so the `?.` on the nullable values below would stop the build
 *   ("unnecessary safe call") if they became non-null, and the direct uses of the non-null ones would not
 *   compile if they became nullable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NullabilityTest {

    private val server = TestkitServer.start()
    private val options = server.clientOptions().build()
    private val v2 = RestClientV2(options)
    private val v3 = RestClientV3(options)

    @AfterAll
    fun close() {
        v2.close()
        v3.close()
        server.close()
    }

    @Test
    fun anUnannotatedJdkMethodIsSeenAsAPlatformTypeSoTheDetectionWorks() {
        assertThat(staticTypeOf(System.getProperty("user.home")).nullness()).isEqualTo(Nullness.PLATFORM)
        assertThat(staticTypeOf(java.util.ArrayList<String>()).nullness()).isEqualTo(Nullness.NON_NULL)
    }

    @Test
    fun responseEnvelopeHasANonNullCodeAndANullableData() {
        val response: ApiResponse<List<SpotTicker>> = v2.getSpotTicker(SpotTickerRequest.of("BTCUSDT"))
        val code: String = response.code()
        val size: Int? = response.data()?.size

        assertThat(code).isEqualTo("00000")
        assertThat(size).isEqualTo(1)
        assertThat(staticTypeOf(v2.getSpotTicker(SpotTickerRequest.of("BTCUSDT"))).nullness()).isEqualTo(Nullness.NON_NULL)
        assertThat(staticTypeOf(response.code()).nullness()).isEqualTo(Nullness.NON_NULL)
        assertThat(staticTypeOf(response.msg()).nullness()).isEqualTo(Nullness.NON_NULL)
        val data = staticTypeOf(response.data())
        assertThat(data.nullness()).isEqualTo(Nullness.NULLABLE)
        assertThat(data.arguments.single().type!!.nullness()).describedAs("list elements").isEqualTo(Nullness.NON_NULL)
    }

    @Test
    fun recordComponentsAreNullableExactlyWhereTheModelSaysSo() {
        val ticker = v2.getSpotTicker(SpotTickerRequest.of("BTCUSDT")).data()!!.single()
        val lastPrice: BigDecimal = ticker.lastPr()
        val spread: BigDecimal? = ticker.askPr()?.subtract(ticker.bidPr() ?: lastPrice)

        assertThat(spread).isPositive()
        assertThat(staticTypeOf(ticker.lastPr()).nullness()).isEqualTo(Nullness.NON_NULL)
        assertThat(staticTypeOf(ticker.symbol()).nullness()).isEqualTo(Nullness.NON_NULL)
        assertThat(staticTypeOf(ticker.bidPr()).nullness()).isEqualTo(Nullness.NULLABLE)
        assertThat(staticTypeOf(v3.getBalances().data()?.assets).nullness()).isEqualTo(Nullness.NULLABLE)
        assertThat(staticTypeOf(v3.getBalances().data()!!.assets()).nullness()).isEqualTo(Nullness.NON_NULL)

        val ids = OrderIds("1", null)
        assertThat(staticTypeOf(ids.orderId()).nullness()).isEqualTo(Nullness.NON_NULL)
        assertThat(staticTypeOf(ids.clientOid()).nullness()).isEqualTo(Nullness.NULLABLE)
    }

    @Test
    fun parametersOfFactoriesBuildersAndCallbacksCarryTheirNullness() {
        // A function reference keeps its parameter types: KFunction1<String, SpotTickerRequest> and so on.
        assertThat(parameterNullness(staticTypeOf(SpotTickerRequest::of))).containsExactly(Nullness.NON_NULL)
        assertThat(parameterNullness(staticTypeOf(ClientOptions.Builder::apiKey)))
            .containsExactly(Nullness.NON_NULL, Nullness.NULLABLE)
        assertThat(parameterNullness(staticTypeOf(ClientOptions.Builder::baseUrl)))
            .containsExactly(Nullness.NON_NULL, Nullness.NON_NULL)
        assertThat(parameterNullness(staticTypeOf(SignMessageFunction::sign)))
            .containsExactly(Nullness.NON_NULL, Nullness.NON_NULL, Nullness.NON_NULL)

        // The callback is a Java functional interface, so a trailing Kotlin lambda converts to it.
        val built = ClientOptions.builder().customSignMessageFn { message, secret -> (message + secret).reversed() }.build()
        assertThat(built.customSignMessageFn()?.sign("ab", "c")).isEqualTo("cba")
    }

    @Test
    fun optionsAndExceptionsExposeOptionalValuesAsNullable() {
        assertThat(staticTypeOf(options.apiKey()).nullness()).isEqualTo(Nullness.NULLABLE)
        assertThat(staticTypeOf(options.proxy()).nullness()).isEqualTo(Nullness.NULLABLE)
        assertThat(staticTypeOf(options.baseUrl()).nullness()).isEqualTo(Nullness.NON_NULL)
        assertThat(staticTypeOf(options.requestTimeout()).nullness()).isEqualTo(Nullness.NON_NULL)

        val failure = BitgetApiException("insufficient balance", 400, "43012", "Insufficient balance", mapOf(), ByteArray(0))
        assertThat(failure.code()?.length).isEqualTo(5)
        assertThat(staticTypeOf(failure.code()).nullness()).isEqualTo(Nullness.NULLABLE)
        assertThat(staticTypeOf(failure.headers()).nullness()).isEqualTo(Nullness.NON_NULL)
        assertThat(staticTypeOf(failure.body()).nullness()).isEqualTo(Nullness.NON_NULL)
    }

    private enum class Nullness { NON_NULL, NULLABLE, PLATFORM }

    /** The type the compiler inferred for [value]; reification keeps a platform type as such. */
    private inline fun <reified T> staticTypeOf(@Suppress("UNUSED_PARAMETER") value: T): KType = typeOf<T>()

    /**
     * Kotlin renders a flexible type as `T!` (nullness unknown), or as `(Lower..Upper?)` when the mutability
     * of a Java collection is unknown too; a collection whose only flexibility is its mutability renders
     * as `(MutableList<E>..List<E>)` and is still non-null.
     */
    private fun KType.nullness(): Nullness {
        val shown = toString().substringBefore(" (Kotlin reflection")
        return when {
            isMarkedNullable -> Nullness.NULLABLE
            shown.endsWith("!") || shown.endsWith("?)") -> Nullness.PLATFORM
            else -> Nullness.NON_NULL
        }
    }

    /** The nullness of each parameter of a `KFunctionN<P1, ..., Pn, R>`, the receiver first. */
    private fun parameterNullness(function: KType): List<Nullness> =
        function.arguments.dropLast(1).map { it.type!!.nullness() }
}
