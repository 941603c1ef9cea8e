package io.github.bitget4j.testkit.contract.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A minimal HTTP forward proxy for plain-HTTP targets: takes one absolute-form request per connection,
 * records its head, and forwards it in origin form (without the proxy headers) to the target.
 * It records CONNECT requests too, and refuses them with 407.
 */
public final class TinyHttpProxy implements AutoCloseable {

    private final ServerSocket serverSocket;
    private final BlockingQueue<String> heads = new LinkedBlockingQueue<>();

    private TinyHttpProxy() throws IOException {
        serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    public static TinyHttpProxy start() throws IOException {
        TinyHttpProxy proxy = new TinyHttpProxy();
        Thread.ofVirtual().start(proxy::acceptLoop);
        return proxy;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    /** The head of the next request the proxy received, as it arrived. */
    public String nextHead() throws InterruptedException {
        String head = heads.poll(30, TimeUnit.SECONDS);
        if (head == null) {
            throw new AssertionError("the proxy received no request within 30 s");
        }
        return head;
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                Thread.ofVirtual().start(() -> forward(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void forward(Socket client) {
        try {
            InputStream in = new BufferedInputStream(client.getInputStream());
            String head = RawHttp.readHead(in);
            if (head == null) {
                client.close();
                return;
            }
            heads.add(head);
            if (head.startsWith("CONNECT ")) {
                client.getOutputStream().write(
                        "HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                client.close();
                return;
            }
            String[] requestLine = head.substring(0, head.indexOf("\r\n")).split(" ");
            URI target = URI.create(requestLine[1]);
            // Cut the origin form out of the absolute form as sent, so that nothing is re-encoded here.
            String originForm = requestLine[1].substring(requestLine[1].indexOf('/', "http://".length()));
            StringBuilder forwarded = new StringBuilder(requestLine[0] + " " + originForm + " " + requestLine[2] + "\r\n");
            for (String line : head.substring(head.indexOf("\r\n") + 2).split("\r\n")) {
                String lower = line.toLowerCase(java.util.Locale.ROOT);
                if (!line.isEmpty() && !lower.startsWith("proxy-") && !lower.startsWith("connection:")) {
                    forwarded.append(line).append("\r\n");
                }
            }
            forwarded.append("Connection: close\r\n\r\n");
            Socket upstream = new Socket(target.getHost(), target.getPort());
            OutputStream out = upstream.getOutputStream();
            out.write(forwarded.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(in.readNBytes(RawHttp.contentLength(head)));
            out.flush();
            RawHttp.pipeBothWays(client, upstream);
        } catch (IOException e) {
            RawHttp.closeQuietly(client);
        }
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }
}
