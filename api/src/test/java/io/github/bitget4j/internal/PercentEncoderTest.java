package io.github.bitget4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentEncoderTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiterString = "=>", value = {
            "' '=>%20", "'/'=>%2F", "','=>%2C", "'+'=>%2B", "''''=>%27", "'!'=>%21", "'*'=>%2A", "'~'=>~",
            "'('=>%28", "')'=>%29", "'='=>%3D", "'&'=>%26", "'ü'=>%C3%BC", "'€'=>%E2%82%AC", "'😀'=>%F0%9F%98%80",
            "'AZaz09-._'=>AZaz09-._"})
    void encodesEverythingButUnreservedCharacters(String raw, String encoded) {
        assertThat(PercentEncoder.encode(raw)).isEqualTo(encoded);
    }

    @Test
    void leavesPlainValuesUntouchedWithoutCopying() {
        String plain = "BTCUSDT";
        assertThat(PercentEncoder.encode(plain)).isEqualTo(plain);
    }

    @Test
    void acceptsOnlyWellFormedPreEncodedValues() {
        assertThat(PercentEncoder.isSafePreEncoded("a%20b%2Fc")).isTrue();
        assertThat(PercentEncoder.isSafePreEncoded("a b")).isFalse();
        assertThat(PercentEncoder.isSafePreEncoded("a&b")).isFalse();
        assertThat(PercentEncoder.isSafePreEncoded("100%")).isFalse();
        assertThat(PercentEncoder.isSafePreEncoded("%zz")).isFalse();
        assertThat(PercentEncoder.isSafePreEncoded("ü")).isFalse();
    }
}
