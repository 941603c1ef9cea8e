package io.github.bitget4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberAdaptersTest {

    private static void assertSameAsJdk(String text) {
        BigDecimal expected = new BigDecimal(text);
        BigDecimal actual = NumberAdapters.parseDecimal(text);

        assertThat(actual).as(text).isEqualTo(expected); // equals compares value and scale
        assertThat(actual.scale()).as(text).isEqualTo(expected.scale());
    }

    @Test
    void fastDecimalParsingGivesTheSameValueAndScaleAsTheJdkForEdgeCases() {
        for (String text : List.of("0", "-0", "-0.0", "0.00000000", "27000.50", "0.00000001", "1.", ".5", "-.5",
                "123456789012345678", "999999999999999999", "-99999999999999999", "1234567890123456789",
                "-1234567890.12345678", "99999999999999999999.99", "1E+3", "+5", "1e-8", "007.10")) {
            assertSameAsJdk(text);
        }
    }

    @Test
    void fastDecimalParsingGivesTheSameValueAndScaleAsTheJdkForRandomDecimals() {
        Random random = new Random(20230927);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            if (random.nextInt(4) == 0) {
                text.append('-');
            }
            int integerDigits = random.nextInt(12);
            for (int d = 0; d < integerDigits; d++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (integerDigits == 0 || random.nextBoolean()) {
                text.append('.');
                int fractionDigits = 1 + random.nextInt(10);
                for (int d = 0; d < fractionDigits; d++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            assertSameAsJdk(text.toString());
        }
    }

    @Test
    void fastDecimalParsingRejectsWhatTheJdkRejects() {
        for (String text : List.of("", "-", ".", "-.", "1.2.3", "abc", "1,5", "12a")) {
            assertThatThrownBy(() -> new BigDecimal(text)).as(text).isInstanceOf(NumberFormatException.class);
            assertThatThrownBy(() -> NumberAdapters.parseDecimal(text)).as(text)
                    .isInstanceOf(NumberFormatException.class);
        }
    }
}
