package io.github.bitget4j.signers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pkcs11UriTest {

    @Test
    void splitsPathAndQueryAttributesAndPercentDecodesTheirValues() {
        Pkcs11Uri uri = Pkcs11Uri.parse("PKCS11:token=my%20token;object=k%C3%BCy;slot-id=7"
                + "?module-path=/opt/hsm/lib%20x.so&pin-source=file:/run/pin");
        assertThat(uri.token()).isEqualTo("my token");
        assertThat(uri.object()).isEqualTo("küy");
        assertThat(uri.slotId()).isEqualTo("7");
        assertThat(uri.modulePath()).isEqualTo("/opt/hsm/lib x.so");
        assertThat(uri.query("pin-source")).isEqualTo("file:/run/pin");
    }

    @Test
    void toStringRedactsThePinValue() {
        Pkcs11Uri uri = Pkcs11Uri.parse("pkcs11:token=t;object=o?module-path=/lib.so&pin-value=246810");
        assertThat(uri.toString()).contains("token=t", "module-path=/lib.so", "pin-value=<redacted>").doesNotContain("246810");
    }

    @Test
    void refusesAnAttributeWithoutValueAndABrokenPercentEscapeWithoutEchoingThem() {
        assertThatThrownBy(() -> Pkcs11Uri.parse("pkcs11:token=t;secretish?module-path=/x"))
                .isInstanceOf(SignerException.class).hasMessageContaining("name=value").hasMessageNotContaining("secretish");
        assertThatThrownBy(() -> Pkcs11Uri.parse("pkcs11:token=t%4?module-path=/x"))
                .isInstanceOf(SignerException.class).hasMessageContaining("two hex digits");
    }

    @Test
    void readsThePinFromPinValueThenPinSourceThenKeyPasswordAndDropsOneTrailingNewline(@TempDir Path directory)
            throws Exception {
        Path pinFile = Files.writeString(directory.resolve("pin"), "13579\n");
        Pkcs11Uri fromFile = Pkcs11Uri.parse("pkcs11:token=t?pin-source=file:" + pinFile);
        assertThat(Pkcs11Pin.resolve(fromFile, SignerSpec.of("x"))).containsExactly('1', '3', '5', '7', '9');
        Pkcs11Uri fromValue = Pkcs11Uri.parse("pkcs11:token=t?pin-value=42&pin-source=file:" + pinFile);
        assertThat(Pkcs11Pin.resolve(fromValue, SignerSpec.of("x"))).containsExactly('4', '2');
        Pkcs11Uri none = Pkcs11Uri.parse("pkcs11:token=t");
        assertThat(Pkcs11Pin.resolve(none, new SignerSpec("x", "8642", Map.of()))).containsExactly('8', '6', '4', '2');
        assertThatThrownBy(() -> Pkcs11Pin.resolve(none, SignerSpec.of("x"))).hasMessageContaining("no PIN");
    }

    @Test
    void namesAMissingPinFileAndAnUnsetPinVariableWithoutAnyPin() {
        assertThatThrownBy(() -> Pkcs11Pin.resolve(Pkcs11Uri.parse("pkcs11:token=t?pin-source=file:/nonexistent/pin"),
                SignerSpec.of("x"))).isInstanceOf(SignerException.class).hasMessageContaining("/nonexistent/pin");
        assertThatThrownBy(() -> Pkcs11Pin.resolve(Pkcs11Uri.parse("pkcs11:token=t?pin-env=BITGET4J_NO_SUCH_VARIABLE_42"),
                SignerSpec.of("x"))).isInstanceOf(SignerException.class).hasMessageContaining("BITGET4J_NO_SUCH_VARIABLE_42");
    }
}
