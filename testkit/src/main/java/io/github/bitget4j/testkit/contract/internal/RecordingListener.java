package io.github.bitget4j.testkit.contract.internal;

import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketListener;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Records every callback, and whether two callbacks of the connection ever ran at the same time. */
public class RecordingListener implements WebSocketListener {

    public record Closed(int code, String reason) {
    }

    public final CompletableFuture<WebSocketConnection> opened = new CompletableFuture<>();
    public final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
    public final BlockingQueue<Throwable> errors = new LinkedBlockingQueue<>();
    public final CompletableFuture<Closed> closed = new CompletableFuture<>();
    public final AtomicInteger overlaps = new AtomicInteger();
    public final AtomicInteger callbacksAfterClose = new AtomicInteger();
    private final AtomicInteger running = new AtomicInteger();

    @Override
    public void onOpen(WebSocketConnection connection) {
        enter();
        opened.complete(connection);
        leave();
    }

    @Override
    public void onText(String text) {
        enter();
        texts.add(text);
        leave();
    }

    @Override
    public void onClose(int statusCode, String reason) {
        enter();
        if (!closed.complete(new Closed(statusCode, reason))) {
            callbacksAfterClose.incrementAndGet(); // a second onClose
        }
        leave();
    }

    @Override
    public void onError(Throwable error) {
        enter();
        errors.add(error);
        leave();
    }

    public String nextText() throws InterruptedException {
        String text = texts.poll(30, TimeUnit.SECONDS);
        if (text == null) {
            throw new AssertionError("no text message within 30 s");
        }
        return text;
    }

    public Closed awaitClose() throws Exception {
        return closed.get(30, TimeUnit.SECONDS);
    }

    private void enter() {
        if (closed.isDone()) {
            callbacksAfterClose.incrementAndGet();
        }
        if (running.incrementAndGet() > 1) {
            overlaps.incrementAndGet();
        }
    }

    private void leave() {
        running.decrementAndGet();
    }
}
