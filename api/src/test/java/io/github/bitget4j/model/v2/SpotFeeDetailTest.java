package io.github.bitget4j.model.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.internal.json.BitgetJson;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpotFeeDetailTest {

    private static final String FEES = "{\"newFees\":{\"c\":0,\"d\":0,\"deduction\":false,\"r\":-0.0001,\"t\":-0.0001,"
            + "\"totalDeductionFee\":0},\"USDT\":{\"deduction\":false,\"feeCoinCode\":\"USDT\",\"totalDeductionFee\":0,"
            + "\"totalFee\":-0.0001}}";

    private static SpotFeeDetail decode(String feeDetailJsonString) {
        return BitgetJson.gson().fromJson(feeDetailJsonString, SpotFeeDetail.class);
    }

    @Test
    void keepsTheTextAsSentAndDecodesItWhenRead() {
        SpotFeeDetail fees = decode(BitgetJson.gson().toJson(FEES)); // the JSON string Bitget sends
        assertThat(fees.json()).isEqualTo(FEES);
        assertThat(fees.newFees().t()).isEqualByComparingTo(new BigDecimal("-0.0001"));
        assertThat(fees.coinFees()).containsOnlyKeys("USDT");
        assertThat(fees.coinFees().get("USDT").totalFee()).isEqualByComparingTo(new BigDecimal("-0.0001"));
    }

    @Test
    void aDecodedAndABuiltDetailWithTheSameContentAreEqual() {
        SpotFeeDetail decoded = decode(BitgetJson.gson().toJson(FEES));
        SpotFeeDetail built = new SpotFeeDetail(decoded.newFees(), Map.copyOf(decoded.coinFees()));
        assertThat(decoded).isEqualTo(built).hasSameHashCodeAs(built);
        assertThat(built.json()).isNull();
    }

    @Test
    void malformedFeeTextDoesNotFailTheOrderButFailsClearlyWhenRead() {
        SpotFeeDetail fees = decode(BitgetJson.gson().toJson("{\"newFees\":"));
        assertThatThrownBy(fees::coinFees).isInstanceOf(BitgetClientException.class)
                .hasMessageContaining("feeDetail could not be decoded");
    }
}
