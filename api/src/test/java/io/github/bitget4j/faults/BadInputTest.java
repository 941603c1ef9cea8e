package io.github.bitget4j.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.errors.BitgetConfigurationException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 10, case 6: a base URL that could send signed requests anywhere but the host it names is refused. */
class BadInputTest {

    @Test
    void everyBadBaseUrlIsATypedConfigurationErrorThatNeverShowsAPassword() {
        List<String> bad = List.of("https://", "http://", "https://?x=1", "https://api.bitget.com?x=1",
                "https://api.bitget.com/#frag", "https://user:hunter2@api.bitget.com", "ftp://api.bitget.com",
                "api.bitget.com", "https://api bitget.com", "", "https://:443");
        for (String url : bad) {
            assertThatThrownBy(() -> ClientOptions.builder().baseUrl(url)).as("baseUrl %s", url)
                    .isInstanceOf(BitgetConfigurationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        }
    }

    @Test
    void aGoodBaseUrlKeepsItsPortAndPathPrefixWithoutTheTrailingSlash() {
        assertThat(ClientOptions.builder().baseUrl("https://proxy.example:8443/bitget/").build().baseUrl())
                .isEqualTo("https://proxy.example:8443/bitget");
        assertThat(ClientOptions.builder().baseUrl("http://127.0.0.1:8080").build().baseUrl())
                .isEqualTo("http://127.0.0.1:8080");
    }
}
