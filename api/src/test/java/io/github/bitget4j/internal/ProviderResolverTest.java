package io.github.bitget4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.errors.BitgetConfigurationException;
import io.github.bitget4j.spi.BitgetProvider;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ProviderResolverTest {

    private static final String PROPERTY = "bitget4j.test.provider";

    record Fake(String name, int priority, boolean isUsable, boolean fits) implements BitgetProvider {
        @Override
        public String unusableReason() {
            return "library missing";
        }
    }

    private static ProviderResolver<Fake> resolver(Fake... providers) {
        return ProviderResolver.of(Fake.class, PROPERTY, "BITGET4J_TEST_PROVIDER_UNSET", List.of(providers));
    }

    @AfterEach
    void clearProperty() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void picksTheUsableFittingProviderWithTheHighestPriority() {
        var low = new Fake("low", 1, true, true);
        var high = new Fake("high", 5, true, true);
        var higherButUnusable = new Fake("broken", 9, false, true);
        var higherButNotFitting = new Fake("other", 8, true, false);
        assertThat(resolver(low, higherButUnusable, high, higherButNotFitting).resolve(null, Fake::fits, p -> "no"))
                .isSameAs(high);
    }

    @Test
    void breaksPriorityTiesByNameSoTheChoiceIsDeterministic() {
        var b = new Fake("b", 1, true, true);
        var a = new Fake("a", 1, true, true);
        assertThat(resolver(b, a).resolve(null, Fake::fits, p -> "no")).isSameAs(a);
        assertThat(resolver(a, b).resolve(null, Fake::fits, p -> "no")).isSameAs(a);
    }

    @Test
    void anExplicitChoiceWinsOverPriority() {
        var low = new Fake("low", 1, true, true);
        var high = new Fake("high", 5, true, true);
        assertThat(resolver(low, high).resolve("low", Fake::fits, p -> "no")).isSameAs(low);
    }

    @Test
    void aSystemPropertyNamesTheProviderWhenTheOptionsDoNot() {
        var low = new Fake("low", 1, true, true);
        var high = new Fake("high", 5, true, true);
        System.setProperty(PROPERTY, "low");
        assertThat(resolver(low, high).resolve(null, Fake::fits, p -> "no")).isSameAs(low);
        assertThat(resolver(low, high).resolve("high", Fake::fits, p -> "no")).isSameAs(high);
    }

    @Test
    void whenNothingFitsTheErrorListsEveryCandidateAndWhy() {
        var unusable = new Fake("hsm", 9, false, true);
        var notFitting = new Fake("rsa", 5, true, false);
        assertThatThrownBy(() -> resolver(unusable, notFitting).resolve(null, Fake::fits, p -> "does not support this secret"))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("hsm").hasMessageContaining("not usable: library missing")
                .hasMessageContaining("rsa").hasMessageContaining("does not support this secret");
    }

    @Test
    void anExplicitChoiceThatIsMissingSaysWhatWasAskedFor() {
        assertThatThrownBy(() -> resolver(new Fake("hmac", 0, true, true)).resolve("pkcs11", Fake::fits, p -> "no"))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("asked for \"pkcs11\"")
                .hasMessageContaining("hmac");
    }

    @Test
    void noCandidatesAtAllGivesAHint() {
        assertThatThrownBy(() -> resolver().resolve(null, Fake::fits, p -> "no"))
                .hasMessageContaining("none found");
    }

    @Test
    void allUsableListsUsableProvidersBestFirst() {
        var a = new Fake("a", 1, true, true);
        var b = new Fake("b", 7, true, true);
        var c = new Fake("c", 9, false, true);
        assertThat(resolver(a, b, c).allUsable()).containsExactly(b, a);
    }
}
