package io.github.bitget4j.testkit.internal;

/** A business rejection by the market; each API version maps the reason to its own Bitget code. */
final class MarketException extends RuntimeException {

    enum Reason { UNKNOWN_SYMBOL, INSUFFICIENT_BALANCE, DUPLICATE_CLIENT_OID, ORDER_NOT_FOUND, NOT_CANCELLABLE }

    private final Reason reason;
    private final String subject;

    /** @param subject what the rejection is about (a symbol, a clientOid), used in messages */
    MarketException(Reason reason, String subject) {
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
