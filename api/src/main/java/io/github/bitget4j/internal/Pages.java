package io.github.bitget4j.internal;

import io.github.bitget4j.ApiResponse;
import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Walks a paginated endpoint for the generated {@code ...All} methods: the next page is fetched only when the
 * caller has consumed the current one, so {@code limit(n)} or {@code findFirst()} send no more requests than
 * needed. The walk stops at an empty page, a page without a next cursor, or a cursor seen before (a server that
 * repeats itself must not make the caller loop forever).
 */
public final class Pages {

    private Pages() {
    }

    /**
     * Pages chained by a cursor text: {@code idLessThan} (the id of the last item, or an {@code endId}) or
     * {@code cursor}.
     *
     * @param first      the request of the first page
     * @param call       sends one request
     * @param items      the items of a page
     * @param next       the cursor of the page after this one, null or blank when there is none
     * @param withCursor the request for the page after the one whose cursor is given
     */
    public static <R, P, T> Stream<T> byCursor(R first, Function<R, ApiResponse<P>> call, Function<P, @Nullable List<T>> items,
                                               Function<P, @Nullable String> next, BiFunction<R, String, R> withCursor) {
        Set<String> seen = new HashSet<>();
        return stream(new Walker<>(first, call, items, (request, page) -> {
            String cursor = next.apply(page);
            return cursor == null || cursor.isBlank() || !seen.add(cursor) ? null : withCursor.apply(request, cursor);
        }));
    }

    /**
     * Pages numbered 1, 2, 3...: the walk stops at the first empty page.
     *
     * @param withPage the request for a page number
     */
    public static <R, P, T> Stream<T> byNumber(R first, int firstPage, Function<R, ApiResponse<P>> call,
                                               Function<P, @Nullable List<T>> items, BiFunction<R, Integer, R> withPage) {
        int[] page = {firstPage};
        return stream(new Walker<>(first, call, items, (request, answered) -> withPage.apply(request, ++page[0])));
    }

    private static <T> Stream<T> stream(Spliterator<T> spliterator) {
        return StreamSupport.stream(spliterator, false);
    }

    /** Fetches a page when the buffer is empty; {@code following} gives the next request or null at the end. */
    private static final class Walker<R, P, T> extends Spliterators.AbstractSpliterator<T> {
        private final Function<R, ApiResponse<P>> call;
        private final Function<P, @Nullable List<T>> items;
        private final BiFunction<R, P, @Nullable R> following;
        private final ArrayDeque<T> buffer = new ArrayDeque<>();
        private @Nullable R nextRequest;

        Walker(R first, Function<R, ApiResponse<P>> call, Function<P, @Nullable List<T>> items,
               BiFunction<R, P, @Nullable R> following) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.nextRequest = first;
            this.call = call;
            this.items = items;
            this.following = following;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            while (buffer.isEmpty() && nextRequest != null) {
                R request = nextRequest;
                P page = call.apply(request).data();
                List<T> found = page == null ? null : items.apply(page);
                if (found == null || found.isEmpty()) {
                    nextRequest = null;
                } else {
                    buffer.addAll(found);
                    nextRequest = following.apply(request, page);
                }
            }
            T item = buffer.poll();
            if (item == null) {
                return false;
            }
            action.accept(item);
            return true;
        }
    }
}
