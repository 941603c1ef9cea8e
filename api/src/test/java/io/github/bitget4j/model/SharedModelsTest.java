package io.github.bitget4j.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import io.github.bitget4j.internal.json.BitgetJson;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SharedModelsTest {

    private final Gson gson = BitgetJson.gson();

    @Test
    void decodesServerTimeSentAsString() {
        ServerTime time = gson.fromJson("{\"serverTime\":\"1695806875837\"}", ServerTime.class);

        assertThat(time.serverTime()).isEqualTo(1695806875837L);
    }

    @Test
    void decodesPriceLevelFromArrayKeepingPrecision() {
        PriceLevel level = gson.fromJson("[\"27000.50\",\"0.00000001\"]", PriceLevel.class);

        assertThat(level.price().toPlainString()).isEqualTo("27000.50");
        assertThat(level.size().toPlainString()).isEqualTo("0.00000001");
    }

    @Test
    void writesPriceLevelBackAsTheSameArray() {
        String json = "[\"27000.50\",\"0.00000001\"]";

        assertThat(gson.toJson(gson.fromJson(json, PriceLevel.class))).isEqualTo(json);
    }

    @Test
    void decodesOrderIdsWithAndWithoutClientOid() {
        OrderIds both = gson.fromJson("{\"orderId\":\"1098394041925599232\",\"clientOid\":\"my-1\"}", OrderIds.class);
        OrderIds onlyOrderId = gson.fromJson("{\"orderId\":\"1098394041925599232\"}", OrderIds.class);

        assertThat(both).isEqualTo(new OrderIds("1098394041925599232", "my-1"));
        assertThat(onlyOrderId.clientOid()).isNull();
    }

    @Test
    void writesEveryRequestEnumConstantAsBitgetsWireValue() {
        assertThat(gson.toJson(known(Side.values()))).isEqualTo("[\"buy\",\"sell\"]");
        assertThat(gson.toJson(known(OrderType.values()))).isEqualTo("[\"limit\",\"market\"]");
        assertThat(gson.toJson(known(TimeInForce.values()))).isEqualTo("[\"gtc\",\"post_only\",\"fok\",\"ioc\"]");
        assertThat(gson.toJson(known(StpMode.values())))
                .isEqualTo("[\"none\",\"cancel_taker\",\"cancel_maker\",\"cancel_both\"]");
    }

    @Test
    void readsEnumsFromTheirWireValues() {
        assertThat(gson.fromJson("\"post_only\"", TimeInForce.class)).isEqualTo(TimeInForce.POST_ONLY);
        assertThat(gson.fromJson("\"cancel_both\"", StpMode.class)).isEqualTo(StpMode.CANCEL_BOTH);
    }

    @Test
    void priceLevelComponentsReadExactlyEvenWithManyDigits() {
        PriceLevel level = gson.fromJson("[\"0.000000000000000001\",\"99999999999999.99999999\"]", PriceLevel.class);

        assertThat(level.price()).isEqualByComparingTo(new BigDecimal("1E-18"));
        assertThat(level.size().toPlainString()).isEqualTo("99999999999999.99999999");
    }

    /** The constants a request may send: UNKNOWN only exists to read values Bitget adds later. */
    private static <E extends Enum<E>> java.util.List<E> known(E[] values) {
        return java.util.Arrays.stream(values).filter(v -> !v.name().equals("UNKNOWN")).toList();
    }
}
