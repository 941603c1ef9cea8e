package io.github.bitget4j.internal.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The budget's arithmetic on a clock the test moves by hand: no wall-clock time involved. */
class WindowBudgetTest {

    private static final long WINDOW = 1_000;
    private static final long NO_LIMIT = Long.MAX_VALUE;

    /** Reserves, takes the permit when due and answers at once; returns when it was sent. */
    private static long sendAndAnswer(WindowBudget budget, long now, long latency) {
        WindowBudget.Reservation r = budget.reserve(now, NO_LIMIT);
        long at = r.at();
        long wait;
        while ((wait = budget.remaining(r.sequence(), at)) > 0) {
            at += wait;
        }
        budget.answered(r.sequence(), at + latency);
        return at;
    }

    @Test
    void aFullBudgetLetsNRequestsGoAtOnceAndTheNextWaitsOneWindowAfterTheFirst() {
        var budget = new WindowBudget(3, WINDOW, 0, 0);
        assertThat(budget.reserve(0, NO_LIMIT).at()).isZero();
        assertThat(budget.reserve(10, NO_LIMIT).at()).isEqualTo(10);
        assertThat(budget.reserve(20, NO_LIMIT).at()).isEqualTo(20);
        assertThat(budget.reserve(30, NO_LIMIT).at()).isEqualTo(WINDOW); // due when the first permit is a window old
        assertThat(budget.reserve(40, NO_LIMIT).at()).isEqualTo(WINDOW + 10);
    }

    @Test
    void aPermitIsFreeOnlyAWindowAfterTheRequestThatUsedItWasAnswered() {
        var budget = new WindowBudget(1, WINDOW, 0, 0);
        var first = budget.reserve(0, NO_LIMIT);
        assertThat(budget.remaining(first.sequence(), 0)).isZero();
        var second = budget.reserve(0, NO_LIMIT);
        assertThat(second.at()).isEqualTo(WINDOW);
        assertThat(budget.remaining(second.sequence(), WINDOW)).as("the first is still out").isPositive();
        budget.answered(first.sequence(), 300); // it took 300 to answer: the server may have seen it at 300
        assertThat(budget.remaining(second.sequence(), WINDOW)).isEqualTo(300);
        assertThat(budget.remaining(second.sequence(), WINDOW + 300)).isZero();
    }

    @Test
    void neverMoreThanNRequestsFallInAnyWindowWhateverTheLatency() {
        var budget = new WindowBudget(5, WINDOW, 0, 0);
        long[] sent = new long[200];
        for (int i = 0; i < sent.length; i++) {
            sent[i] = sendAndAnswer(budget, i * 7L, i % 3 == 0 ? 120 : 5); // callers arrive faster than allowed
        }
        for (int i = 5; i < sent.length; i++) {
            assertThat(sent[i] - sent[i - 5]).as("requests %d and %d", i - 5, i).isGreaterThanOrEqualTo(WINDOW);
        }
    }

    @Test
    void aCallerThatWouldWaitLongerThanAllowedTakesNothing() {
        var budget = new WindowBudget(1, WINDOW, 0, 0);
        assertThat(budget.reserve(0, 0).at()).isZero();
        assertThat(budget.reserve(1, WINDOW - 2)).isNull();
        assertThat(budget.reserve(1, WINDOW - 1)).as("the refusal reserved nothing").isNotNull();
    }

    @Test
    void drainingPausesTheBudgetAndEmptiesIt() {
        var budget = new WindowBudget(4, WINDOW, 0, 0);
        sendAndAnswer(budget, 0, 1);
        budget.drain(100, 5_000); // a 429 asking for 5 s
        assertThat(budget.reserve(100, NO_LIMIT).at()).as("nothing before the pause is over").isEqualTo(5_100);
        assertThat(budget.reserve(100, NO_LIMIT).at()).isEqualTo(5_100);
    }

    @Test
    void theMarginSpacesReservationsFurtherApart() {
        var budget = new WindowBudget(1, WINDOW, 50, 0);
        sendAndAnswer(budget, 0, 0);
        assertThat(budget.reserve(0, NO_LIMIT).at()).isEqualTo(WINDOW + 50);
    }
}
