package io.github.bitget4j.model.v2.futures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.internal.json.BitgetJson;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every generated record promises, checked on futures types: forward-compatible enums, extras, time, strictness. */
class GeneratedModelContractTest {

    private static final Gson GSON = BitgetJson.gson();

    private static final String POSITION = """
            {"marginCoin":"USDT","symbol":"BTCUSDT","holdSide":"%s","marginSize":"600","available":"0.1",
             "locked":"0","total":"0.1","leverage":"10","openPriceAvg":"60000","marginMode":"crossed",
             "posMode":"one_way_mode","unrealizedPL":"12.5","cTime":"1700000000123"%s}""";

    private static FuturesOrderRequest.Builder limitBuy() {
        return FuturesOrderRequest.builder().symbol("BTCUSDT").productType(ProductType.USDT_FUTURES)
                .marginMode(MarginMode.CROSSED).marginCoin("USDT").side(Side.BUY).orderType(OrderType.LIMIT)
                .price(new BigDecimal("60000")).size(new BigDecimal("0.01"));
    }

    @Test
    void aValueBitgetAddsTomorrowReadsAsUnknownAndKeepsItsText() {
        FuturesPosition position = GSON.fromJson(POSITION.formatted("sideways", ""), FuturesPosition.class);

        assertThat(position.holdSide()).isEqualTo(FuturesHoldSide.UNKNOWN);
        assertThat(position.holdSideRaw()).isEqualTo("sideways");
        assertThat(position.marginMode()).isEqualTo(MarginMode.CROSSED);
    }

    @Test
    void aMissingNonNullEnumReadsAsUnknownNeverNull() {
        FuturesPosition position = GSON.fromJson(POSITION.formatted("long", "").replace("\"posMode\":\"one_way_mode\",", ""),
                FuturesPosition.class);

        assertThat(position.posMode()).isEqualTo(FuturesPosMode.UNKNOWN);
        assertThat(position.holdSide()).isEqualTo(FuturesHoldSide.LONG);
    }

    @Test
    void timestampsDecodeToInstantsWithoutArithmetic() {
        FuturesPosition position = GSON.fromJson(POSITION.formatted("long", ",\"uTime\":\"\""), FuturesPosition.class);

        assertThat(position.cTime()).isEqualTo(Instant.ofEpochMilli(1_700_000_000_123L));
        assertThat(position.uTime()).as("\"\" is absent").isNull();
    }

    @Test
    void normalDecodingIgnoresAFieldTheModelDoesNotKnowStrictDecodingNamesIt() {
        String json = POSITION.formatted("long", ",\"brandNewField\":\"1\"");

        assertThat(GSON.fromJson(json, FuturesPosition.class).symbol()).isEqualTo("BTCUSDT");
        assertThatThrownBy(() -> BitgetJson.strictGson().fromJson(json, FuturesPosition.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("brandNewField");
    }

    @Test
    void strictDecodingNamesAMissingNonNullField() {
        String json = POSITION.formatted("long", "").replace("\"openPriceAvg\":\"60000\",", "");

        assertThatThrownBy(() -> BitgetJson.strictGson().fromJson(json, FuturesPosition.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("openPriceAvg");
        assertThat(BitgetJson.strictGson().fromJson(POSITION.formatted("long", ""), FuturesPosition.class).total())
                .isEqualByComparingTo("0.1");
    }

    @Test
    void aRequestRefusesUnknownBeforeAnythingIsSent() {
        assertThatThrownBy(() -> limitBuy().side(Side.UNKNOWN).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("side must be a known value, not UNKNOWN");
        assertThatThrownBy(() -> limitBuy().price(null).build())
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("price");
        assertThatThrownBy(() -> limitBuy().size(new BigDecimal("-1")).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("size must be positive, was -1");
    }

    @Test
    void extraParametersAreWrittenBesideTheTypedFieldsAtAnyDepth() {
        FuturesOrderRequest order = limitBuy().extraParam("newFlag", "yes").build();
        FuturesBatchOrderItem item = FuturesBatchOrderItem.builder().size(new BigDecimal("0.01")).side(Side.SELL)
                .orderType(OrderType.MARKET).build().withExtraParam("itemFlag", 1);
        FuturesBatchOrderRequest batch = new FuturesBatchOrderRequest("BTCUSDT", ProductType.USDT_FUTURES, "USDT",
                MarginMode.CROSSED, List.of(item));

        assertThat(GSON.toJson(order)).contains("\"newFlag\":\"yes\"").doesNotContain("extraParams");
        assertThat(GSON.toJson(batch)).contains("\"itemFlag\":\"1\"").doesNotContain("extraParams");
        assertThat(order.withExtraParam("other", "x").extraParams()).containsKeys("newFlag", "other");
    }

    @Test
    void anExtraParameterCannotShadowATypedField() {
        assertThatThrownBy(() -> limitBuy().extraParam("price", "1").build())
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("'price' is a typed field");
    }

    @Test
    void requestTimestampsAreWrittenAsUnixMilliseconds() {
        assertThat(GSON.toJson(Instant.ofEpochMilli(1_700_000_000_123L))).isEqualTo("\"1700000000123\"");
    }
}
