package io.github.bitget4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AsciiBytesReaderTest {

    @Test
    void readsAsciiAndUtf8BodiesAsTheTextTheyHoldInAnyChunkSize() throws IOException {
        String[] texts = {"", "{\"code\":\"00000\",\"data\":[1,2]}", "{\"msg\":\"prix élevé ü 你好 \uD83D\uDE80\"}",
                "x".repeat(5_000)};
        for (String text : texts) {
            for (int chunk : new int[] {1, 3, 1024}) {
                assertThat(readAll(AsciiBytesReader.of(text.getBytes(StandardCharsets.UTF_8)), chunk))
                        .as("chunks of %d", chunk).isEqualTo(text);
            }
        }
    }

    @Test
    void decodesMalformedUtf8AsNewStringDoes() throws IOException {
        byte[] malformed = {'{', (byte) 0xC3, '"', (byte) 0xFF, '}'};

        assertThat(readAll(AsciiBytesReader.of(malformed), 2)).isEqualTo(new String(malformed, StandardCharsets.UTF_8));
    }

    @Test
    void saysEndOfInputAndReadsNothingIntoAnEmptyRange() throws IOException {
        Reader reader = AsciiBytesReader.of("ab".getBytes(StandardCharsets.US_ASCII));
        char[] buffer = new char[4];

        assertThat(reader.read(buffer, 0, 0)).isZero();
        assertThat(reader.read(buffer, 1, 3)).isEqualTo(2);
        assertThat(buffer[1]).isEqualTo('a');
        assertThat(reader.read(buffer, 0, 4)).isEqualTo(-1);
    }

    private static String readAll(Reader reader, int chunk) throws IOException {
        var out = new StringBuilder();
        char[] buffer = new char[chunk];
        for (int n; (n = reader.read(buffer, 0, chunk)) >= 0; ) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }
}
