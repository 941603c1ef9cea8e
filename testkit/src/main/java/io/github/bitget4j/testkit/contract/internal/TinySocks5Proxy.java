package io.github.bitget4j.testkit.contract.internal;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A minimal SOCKS5 proxy (RFC 1928, CONNECT only) that demands username/password auth (RFC 1929). */
public final class TinySocks5Proxy implements AutoCloseable {

    /** What one client asked for: its credentials and the target it wanted. */
    public record Tunnel(String username, String password, String host, int port) {
    }

    private final ServerSocket serverSocket;
    private final String username;
    private final String password;
    private final BlockingQueue<Tunnel> tunnels = new LinkedBlockingQueue<>();

    private TinySocks5Proxy(String username, String password) throws IOException {
        this.serverSocket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.username = username;
        this.password = password;
    }

    public static TinySocks5Proxy start(String username, String password) throws IOException {
        TinySocks5Proxy proxy = new TinySocks5Proxy(username, password);
        Thread.ofVirtual().start(proxy::acceptLoop);
        return proxy;
    }

    public int port() {
        return serverSocket.getLocalPort();
    }

    public Tunnel nextTunnel() throws InterruptedException {
        Tunnel tunnel = tunnels.poll(30, TimeUnit.SECONDS);
        if (tunnel == null) {
            throw new AssertionError("no SOCKS5 tunnel within 30 s");
        }
        return tunnel;
    }

    private void acceptLoop() {
        while (!serverSocket.isClosed()) {
            try {
                Socket client = serverSocket.accept();
                Thread.ofVirtual().start(() -> serve(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket client) {
        try {
            DataInputStream in = new DataInputStream(client.getInputStream());
            OutputStream out = client.getOutputStream();
            // greeting: VER NMETHODS METHODS; we insist on method 2, username/password
            in.readUnsignedByte();
            byte[] methods = in.readNBytes(in.readUnsignedByte());
            if (!contains(methods, (byte) 2)) {
                out.write(new byte[] {5, (byte) 0xFF});
                client.close();
                return;
            }
            out.write(new byte[] {5, 2});
            // auth: VER ULEN UNAME PLEN PASSWD
            in.readUnsignedByte();
            String user = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
            String pass = new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.UTF_8);
            boolean accepted = user.equals(username) && pass.equals(password);
            out.write(new byte[] {1, (byte) (accepted ? 0 : 1)});
            if (!accepted) {
                client.close();
                return;
            }
            // request: VER CMD RSV ATYP DST.ADDR DST.PORT
            in.readUnsignedByte();
            in.readUnsignedByte();
            in.readUnsignedByte();
            String host = switch (in.readUnsignedByte()) {
                case 1 -> InetAddress.getByAddress(in.readNBytes(4)).getHostAddress();
                case 3 -> new String(in.readNBytes(in.readUnsignedByte()), StandardCharsets.US_ASCII);
                case 4 -> InetAddress.getByAddress(in.readNBytes(16)).getHostAddress();
                default -> throw new IOException("unknown address type");
            };
            int port = in.readUnsignedShort();
            tunnels.add(new Tunnel(user, pass, host, port));
            Socket upstream = new Socket(host, port);
            out.write(new byte[] {5, 0, 0, 1, 0, 0, 0, 0, 0, 0});
            out.flush();
            RawHttp.pipeBothWays(client, upstream);
        } catch (IOException e) {
            RawHttp.closeQuietly(client);
        }
    }

    private static boolean contains(byte[] values, byte wanted) {
        for (byte value : values) {
            if (value == wanted) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        serverSocket.close();
    }
}
