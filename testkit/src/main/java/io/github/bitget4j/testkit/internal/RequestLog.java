package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.RecordedRequest;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

/** Every request the server answered, oldest first, keeping at most {@code limit} (oldest dropped first). */
public final class RequestLog {

    private final ConcurrentLinkedDeque<RecordedRequest> entries = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();
    private final int limit;

    public RequestLog(int limit) {
        this.limit = limit;
    }

    void add(RecordedRequest request) {
        if (limit == 0) {
            return;
        }
        entries.addLast(request);
        if (size.incrementAndGet() > limit && entries.pollFirst() != null) {
            size.decrementAndGet();
        }
    }

    public List<RecordedRequest> all() {
        return List.copyOf(entries);
    }

    public List<RecordedRequest> forPath(String path) {
        return entries.stream().filter(r -> r.path().equals(path)).toList();
    }

    public void clear() {
        entries.clear();
        size.set(0);
    }
}
