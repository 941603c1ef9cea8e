package io.github.bitget4j.signers.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The leak check that the error tests rely on must itself catch leaks. */
class NoLeaksTest {

    @Test
    void catchesAFragmentOfThePemKeyHiddenInACauseMessage() {
        String fragment = TestKeys.base64Body(TestKeys.RSA_PKCS8).substring(700, 720);
        Exception leaky = new IllegalStateException("bad key", new IOException("cannot parse " + fragment));
        assertThatThrownBy(() -> NoLeaks.assertRevealsNothingOf(leaky, TestKeys.RSA_PKCS8))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void catchesThePasswordAndTheHmacSecret() {
        assertThatThrownBy(() -> NoLeaks.assertRevealsNothingOf(new RuntimeException("pw=" + TestKeys.KEY_PASSWORD),
                TestKeys.RSA_PKCS8, TestKeys.KEY_PASSWORD)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> NoLeaks.assertRevealsNothingOf(new RuntimeException(TestKeys.HMAC_SECRET_ASCII),
                TestKeys.HMAC_SECRET_ASCII)).isInstanceOf(AssertionError.class);
    }

    @Test
    void passesAMessageThatNamesTheProblemOnly() {
        assertThatCode(() -> NoLeaks.assertRevealsNothingOf(new RuntimeException("the key password is wrong"),
                TestKeys.RSA_PKCS8, TestKeys.KEY_PASSWORD)).doesNotThrowAnyException();
    }
}
