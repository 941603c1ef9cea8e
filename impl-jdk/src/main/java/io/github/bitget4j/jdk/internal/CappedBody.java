package io.github.bitget4j.jdk.internal;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a size cap. A body announced or growing past the cap fails at once (the connection
 * is dropped), instead of being waited for or held in memory.
 */
final class CappedBody implements BodySubscriber<byte[]> {

    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private final int maxBytes;
    private final long announced;
    private long received;
    private Flow.Subscription subscription;

    private CappedBody(int maxBytes, long announced) {
        this.maxBytes = maxBytes;
        this.announced = announced;
    }

    static BodySubscriber<byte[]> of(ResponseInfo info, int maxBytes) {
        return new CappedBody(maxBytes, info.headers().firstValueAsLong("content-length").orElse(-1));
    }

    @Override
    public void onSubscribe(Flow.Subscription newSubscription) {
        subscription = newSubscription;
        if (announced > maxBytes) {
            tooLarge(announced);
        } else {
            newSubscription.request(Long.MAX_VALUE);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            parts.add(buffer);
        }
        if (received > maxBytes) {
            tooLarge(received);
        }
    }

    private void tooLarge(long size) {
        subscription.cancel();
        parts.clear();
        body.completeExceptionally(new IOException(
                "response body of " + size + " bytes or more exceeds the limit of " + maxBytes + " bytes"));
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        byte[] bytes = new byte[(int) received];
        int at = 0;
        for (ByteBuffer part : parts) {
            int length = part.remaining();
            part.get(bytes, at, length);
            at += length;
        }
        body.complete(bytes);
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return body;
    }
}
