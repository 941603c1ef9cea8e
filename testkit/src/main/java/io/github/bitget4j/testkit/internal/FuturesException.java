package io.github.bitget4j.testkit.internal;

/** A business rejection by the futures market; each wire version maps the reason to its own Bitget code. */
final class FuturesException extends RuntimeException {

    enum Reason {
        UNKNOWN_SYMBOL, INVALID_SIZE, INVALID_PRICE, INSUFFICIENT_BALANCE, DUPLICATE_CLIENT_OID, ORDER_NOT_FOUND,
        NOT_CANCELLABLE, NO_POSITION, INSUFFICIENT_POSITION, LEVERAGE_OUT_OF_RANGE, MARGIN_MODE_LOCKED,
        POSITION_MODE_LOCKED, WRONG_POSITION_MODE, PLAN_NOT_FOUND, NO_POSITION_FOR_TPSL
    }

    private final Reason reason;
    private final String subject;

    /** @param subject what the rejection is about (a symbol, an order id), used in messages */
    FuturesException(Reason reason, String subject) {
        super(reason + " " + subject, null, false, false);
        this.reason = reason;
        this.subject = subject;
    }

    Reason reason() {
        return reason;
    }

    String subject() {
        return subject;
    }
}
