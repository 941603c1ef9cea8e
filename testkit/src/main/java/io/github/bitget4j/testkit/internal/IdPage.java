package io.github.bitget4j.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Bitget's {@code idLessThan} paging of V2 history lists: newest first, only items whose id is below
 * {@code idLessThan}, created between {@code startTime} and {@code endTime} (inclusive, Unix ms), at most
 * {@code limit} of them.
 */
final class IdPage {

    private IdPage() {
    }

    /**
     * @param newestFirst  every candidate item, newest (largest id) first
     * @param id           an item's numeric id
     * @param time         an item's creation time, Unix ms
     * @param defaultLimit page size when {@code limit} is absent
     * @param maxLimit     larger limits are capped to this
     */
    static <T> List<T> of(List<T> newestFirst, Params p, Function<T, String> id, ToLongFunction<T> time,
                          int defaultLimit, int maxLimit) {
        Long idLessThan = p.optionalLong("idLessThan");
        Long startTime = p.optionalLong("startTime");
        Long endTime = p.optionalLong("endTime");
        int limit = p.intOr("limit", defaultLimit, 1, maxLimit);
        List<T> page = new ArrayList<>();
        for (T item : newestFirst) {
            if (page.size() == limit) {
                break;
            }
            long t = time.applyAsLong(item);
            if (idLessThan != null && Long.parseLong(id.apply(item)) >= idLessThan
                    || startTime != null && t < startTime || endTime != null && t > endTime) {
                continue;
            }
            page.add(item);
        }
        return page;
    }
}
