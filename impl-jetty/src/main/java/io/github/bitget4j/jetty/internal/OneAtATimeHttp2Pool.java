package io.github.bitget4j.jetty.internal;

import org.eclipse.jetty.client.Connection;
import org.eclipse.jetty.client.ConnectionPool;
import org.eclipse.jetty.client.Destination;
import org.eclipse.jetty.client.MultiplexConnectionPool;

/**
 * Jetty's multiplexing pool, except that once the server speaks HTTP/2 it opens one new connection at a time. Jetty's
 * own pool counts a connection still being opened as worth one request, so a burst of queued requests opened the whole
 * pool at once (64 TLS handshakes on both ends), although one HTTP/2 connection carries as many streams as the server
 * allows (often hundreds): with 10,000 callers on two cores the extra connections cost more CPU than the requests
 * (BENCHMARKS.md). Here a further connection opens only when the open ones are full and none is opening; HTTP/1.1
 * connections, which carry one request each, are still opened one per waiting request.
 */
final class OneAtATimeHttp2Pool extends MultiplexConnectionPool {

    private volatile boolean http2;

    /** @param http2Only whether every connection is HTTP/2 (forced), known before the first one opens */
    OneAtATimeHttp2Pool(Destination destination, int maxConnections, boolean http2Only) {
        super(destination, maxConnections, 1); // a connection that cannot say otherwise carries one request
        this.http2 = http2Only;
    }

    /** A new connection joins the pool: an HTTP/2 one says it takes more than one request at a time. */
    @Override
    public boolean accept(Connection connection) {
        if (connection instanceof ConnectionPool.MaxMultiplexable multiplexable && multiplexable.getMaxMultiplex() > 1) {
            http2 = true;
        }
        return super.accept(connection);
    }

    /**
     * Jetty calls this whenever a request finds no free connection. While one is opening, further calls leave it at
     * that: the first request that finds no room after it has joined opens the next. (Should a server that spoke
     * HTTP/2 later answer on HTTP/1.1, its connections would open one at a time too: slower, never wrong.)
     */
    @Override
    protected void tryCreate(boolean create) {
        if (http2 && getPendingConnectionCount() > 0) {
            return;
        }
        super.tryCreate(create);
    }
}
