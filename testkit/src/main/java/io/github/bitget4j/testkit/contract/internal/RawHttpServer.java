package io.github.bitget4j.testkit.contract.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hand-written HTTP/1.1 server on a plain ServerSocket that records every request exactly as the bytes
 * arrived, so tests can see what Jetty really put on the wire, and can misbehave on purpose.
 */
public final class RawHttpServer implements AutoCloseable {

    public enum Reply {
        /** 200 with body {@code ok}. */
        OK,
        /** Close the socket after reading the request, without answering. */
        DROP,
        /** Read the request and never answer. */
        SILENT,
        /** Announce a body of {@link #hugeLength(long)} bytes (100 MiB unless set), send two bytes of it, then wait. */
        HUGE
    }

    /** One request as received: its head (request line and header lines, raw) and body bytes. */
    public record Received(int connection, String head, byte[] body) {

        public String requestLine() {
            return head.substring(0, head.indexOf("\r\n"));
        }

        public List<String> headerLines() {
            List<String> lines = List.of(head.split("\r\n"));
            return lines.subList(1, lines.size());
        }
    }

    private final ServerSocket serverSocket;
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile Reply reply = Reply.OK;
    private volatile String extraResponseHeaders = "";
    private volatile long hugeLength = 100L * 1024 * 1024;

    private RawHttpServer() throws IOException {
        serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    public static RawHttpServer start() throws IOException {
        RawHttpServer server = new RawHttpServer();
        Thread.ofVirtual().start(server::acceptLoop);
        return server;
    }

    public RawHttpServer reply(Reply reply) {
        this.reply = reply;
        return this;
    }

    /** The Content-Length a {@link Reply#HUGE} response announces. */
    public RawHttpServer hugeLength(long length) {
        this.hugeLength = length;
        return this;
    }

    /** Header lines, each ending in CRLF, added to every OK response. */
    public RawHttpServer extraResponseHeaders(String headerLines) {
        this.extraResponseHeaders = headerLines;
        return this;
    }

    public String url(String pathAndQuery) {
        return "http://127.0.0.1:" + serverSocket.getLocalPort() + pathAndQuery;
    }

    /** The next request received, waiting up to 5 seconds. */
    public Received next() throws InterruptedException {
        Received next = received.poll(30, TimeUnit.SECONDS);
        if (next == null) {
            throw new AssertionError("no request arrived within 30 s");
        }
        return next;
    }

    /** Requests received and not yet taken with {@link #next()}. */
    public int pending() {
        return received.size();
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket socket = serverSocket.accept();
                sockets.add(socket);
                int connection = connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(socket, connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                String head = RawHttp.readHead(in);
                if (head == null) {
                    break;
                }
                byte[] body = in.readNBytes(RawHttp.contentLength(head));
                received.add(new Received(connection, head, body));
                switch (reply) {
                    case DROP -> {
                        socket.close();
                        return;
                    }
                    case SILENT -> {
                        return; // the socket stays open until close()
                    }
                    case HUGE -> {
                        out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + hugeLength + "\r\n\r\n[{").getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        return; // the socket stays open until close()
                    }
                    case OK -> {
                        String response = "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n"
                                + extraResponseHeaders + "\r\nok";
                        out.write(response.getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        if ("close".equalsIgnoreCase(RawHttp.header(head, "Connection"))) {
                            socket.close();
                            return;
                        }
                    }
                }
            }
            socket.close();
        } catch (IOException ignored) {
            // the client went away
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
        sockets.forEach(RawHttp::closeQuietly);
    }
}
