package io.github.bitget4j.faults;

import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetResponseException;

/**
 * What a caller can tell about a request from what a call ended with, using only the public exception types: the
 * fault tests compare this with what the server really received.
 */
enum Fates {
    ANSWERED, NOT_SENT, MAY_HAVE_REACHED_SERVER;

    /** @param outcome the call's result, or what it threw */
    static Fates of(Object outcome) {
        if (outcome instanceof BitgetConnectionException e) {
            return e.mayHaveReachedServer() ? MAY_HAVE_REACHED_SERVER : NOT_SENT;
        }
        if (outcome instanceof BitgetResponseException) {
            return ANSWERED;
        }
        if (outcome instanceof Throwable) {
            return NOT_SENT; // a client-side exception without more says: something went wrong on this side
        }
        return ANSWERED;
    }
}
