package io.github.bitget4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

// Uses JDK and SDK types only: under the module path Gson may not reflect on records declared in this
// (unexported) package, so the record-shaped cases live in the model packages' tests.
class BitgetJsonTest {

    private final Gson gson = BitgetJson.gson();

    @Test
    void returnsTheSameInstanceOnEveryCall() {
        assertThat(BitgetJson.gson()).isSameAs(BitgetJson.gson());
    }

    @Test
    void writesBigDecimalAsPlainStringWithoutExponent() {
        assertThat(gson.toJson(new BigDecimal("1E+3"))).isEqualTo("\"1000\"");
        assertThat(gson.toJson(new BigDecimal("1E-8"))).isEqualTo("\"0.00000001\"");
        assertThat(gson.toJson(new BigDecimal("27000.50"))).isEqualTo("\"27000.50\"");
    }

    @Test
    void readsBigDecimalFromStringOrNumberKeepingEveryDigit() {
        BigDecimal fromString = gson.fromJson("\"0.00000001\"", BigDecimal.class);
        BigDecimal fromNumber = gson.fromJson("27000.50", BigDecimal.class);
        BigDecimal huge = gson.fromJson("\"123456789012345678901234567890.123456789\"", BigDecimal.class);

        assertThat(fromString).isEqualTo(new BigDecimal("0.00000001"));
        assertThat(fromNumber).isEqualTo(new BigDecimal("27000.50"));
        assertThat(fromNumber.scale()).isEqualTo(2);
        assertThat(huge.toPlainString()).isEqualTo("123456789012345678901234567890.123456789");
    }

    @Test
    void readsEmptyStringAndJsonNullAsNullForBoxedNumbers() {
        assertThat(gson.fromJson("\"\"", BigDecimal.class)).isNull();
        assertThat(gson.fromJson("null", BigDecimal.class)).isNull();
        assertThat(gson.fromJson("\"\"", Long.class)).isNull();
        assertThat(gson.fromJson("null", Long.class)).isNull();
        assertThat(gson.fromJson("\"\"", Integer.class)).isNull();
    }

    @Test
    void readsLongAndIntegerFromStringOrNumber() {
        assertThat(gson.fromJson("\"1695806875837\"", Long.class)).isEqualTo(1695806875837L);
        assertThat(gson.fromJson("1695806875837", Long.class)).isEqualTo(1695806875837L);
        assertThat(gson.fromJson("\"1.695806875837E12\"", Long.class)).isEqualTo(1695806875837L);
        assertThat(gson.fromJson("\"42\"", Integer.class)).isEqualTo(42);
        assertThat(gson.fromJson("42", Integer.class)).isEqualTo(42);
        assertThat(gson.fromJson("\"42.0\"", Integer.class)).isEqualTo(42);
    }

    @Test
    void readsAbsentPrimitivesAsZeroLikeAMissingField() {
        assertThat(gson.fromJson("\"\"", long.class)).isZero();
        assertThat(gson.fromJson("null", int.class)).isZero();
        assertThat(gson.fromJson("\"7\"", long.class)).isEqualTo(7L);
    }

    @Test
    void rejectsFractionalOrOversizedWholeNumbersAndNonNumbers() {
        assertThatThrownBy(() -> gson.fromJson("\"12.5\"", Long.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("12.5");
        assertThatThrownBy(() -> gson.fromJson("\"3000000000\"", Integer.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("3000000000");
        assertThatThrownBy(() -> gson.fromJson("\"abc\"", BigDecimal.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("abc");
        assertThatThrownBy(() -> gson.fromJson("true", BigDecimal.class))
                .isInstanceOf(JsonParseException.class).hasMessageContaining("BOOLEAN");
    }

    @Test
    void writesLongAndIntegerAsStringsAsBitgetDocumentsThem() {
        assertThat(gson.toJson(1695806875837L)).isEqualTo("\"1695806875837\"");
        assertThat(gson.toJson(100)).isEqualTo("\"100\"");
    }

    @Test
    void leavesOutNullFields() {
        assertThat(gson.toJson(SpotTickerRequest.all())).isEqualTo("{}");
    }

    @Test
    void doesNotEscapeHtmlCharactersBecauseTheBodyIsSignedAsSent() {
        assertThat(gson.toJson("<a>&b='c'")).isEqualTo("\"<a>&b='c'\"");
    }

    @Test
    void writesEnumsAsTheirWireValues() {
        assertThat(gson.toJson(Side.BUY)).isEqualTo("\"buy\"");
    }

    @Test
    void readsAnUnknownEnumWireValueAsNullInsteadOfFailing() {
        assertThat(gson.fromJson("\"sideways\"", Side.class)).isNull();
        assertThat(gson.fromJson("\"sell\"", Side.class)).isEqualTo(Side.SELL);
    }
}
