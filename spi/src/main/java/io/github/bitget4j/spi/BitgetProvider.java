package io.github.bitget4j.spi;

/**
 * What every plugin provider says about itself, so that resolution is deterministic and its failure
 * message can say why each candidate was skipped.
 */
public interface BitgetProvider {

    /** {@return a short stable name, used to select this provider explicitly (for example {@code "hmac"})} */
    String name();

    /** {@return the priority: higher wins when several usable providers fit; built-in providers use 0..100} */
    default int priority() {
        return 0;
    }

    /** {@return false when this provider cannot work here (a missing library, an unsupported JDK, ...)} */
    default boolean isUsable() {
        return true;
    }

    /** {@return why {@link #isUsable()} is false; shown in resolution errors} */
    default String unusableReason() {
        return "reported not usable";
    }
}
