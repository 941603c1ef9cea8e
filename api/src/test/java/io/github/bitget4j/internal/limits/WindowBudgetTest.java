package io.github.bitget4j.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The budget's arithmetic on a clock the test moves by hand: no wall-clock time involved. */
class WindowBudgetTest {

    private static final long WINDOW = 1_000;
    private static final long NO_LIMIT = Long.MAX_VALUE;

    @Test
    void aFullBudgetLetsNRequestsGoAtOnceAndTheNextWaitsOneWindowAfterTheFirst() {
        var budget = new WindowBudget(3, WINDOW, 0);
        assertThat(budget.reserve(0, NO_LIMIT)).isZero();
        assertThat(budget.reserve(10, NO_LIMIT)).isZero();
        assertThat(budget.reserve(20, NO_LIMIT)).isZero();
        assertThat(budget.reserve(30, NO_LIMIT)).isEqualTo(WINDOW - 30); // due when the first permit is a window old
        assertThat(budget.reserve(40, NO_LIMIT)).isEqualTo(WINDOW + 10 - 40);
    }

    @Test
    void neverMoreThanNPermitsFallInAnyWindow() {
        var budget = new WindowBudget(5, WINDOW, 0);
        long[] due = new long[200];
        for (int i = 0; i < due.length; i++) {
            long now = i * 7L; // callers arrive faster than the budget allows
            due[i] = now + budget.reserve(now, NO_LIMIT);
        }
        for (int i = 5; i < due.length; i++) {
            assertThat(due[i] - due[i - 5]).as("permits %d and %d", i - 5, i).isGreaterThanOrEqualTo(WINDOW);
        }
        assertThat(due[due.length - 1]).as("and the budget is used to the full").isLessThanOrEqualTo(WINDOW * (200 / 5));
    }

    @Test
    void aCallerThatWouldWaitLongerThanAllowedTakesNothing() {
        var budget = new WindowBudget(1, WINDOW, 0);
        assertThat(budget.reserve(0, 0)).isZero();
        assertThat(budget.reserve(1, WINDOW - 2)).isEqualTo(-1);
        assertThat(budget.reserve(1, WINDOW - 1)).as("the refusal reserved nothing").isEqualTo(WINDOW - 1);
    }

    @Test
    void drainingPausesTheBudgetAndEmptiesIt() {
        var budget = new WindowBudget(4, WINDOW, 0);
        assertThat(budget.reserve(0, NO_LIMIT)).isZero();
        budget.drain(100, 5_000); // a 429 asking for 5 s
        assertThat(budget.reserve(100, NO_LIMIT)).as("nothing before the pause is over").isEqualTo(5_000);
        assertThat(budget.reserve(100, NO_LIMIT)).isEqualTo(5_000);
    }

    @Test
    void aDrainShorterThanWhatIsAlreadyReservedChangesNothing() {
        var budget = new WindowBudget(1, WINDOW, 0);
        budget.reserve(0, NO_LIMIT);
        budget.reserve(0, NO_LIMIT); // due at 1000
        budget.drain(0, 10);
        assertThat(budget.reserve(0, NO_LIMIT)).isEqualTo(2 * WINDOW);
    }
}
