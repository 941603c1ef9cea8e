package io.github.bitget4j.ws;

/** The four sockets a client may open: one per API version and public/private side. */
public enum WsKey {
    /** The classic account's public socket. */
    V2_PUBLIC("/v2/ws/public", false),
    /** The classic account's private socket. */
    V2_PRIVATE("/v2/ws/private", true),
    /** The unified account's public socket. */
    V3_PUBLIC("/v3/ws/public", false),
    /** The unified account's private socket, which also carries WebSocket orders. */
    V3_PRIVATE("/v3/ws/private", true);

    private final String path;
    private final boolean privateSocket;

    WsKey(String path, boolean privateSocket) {
        this.path = path;
        this.privateSocket = privateSocket;
    }

    /** {@return the path Bitget serves this socket on, appended to the WebSocket base URL} */
    public String path() {
        return path;
    }

    /** {@return whether the socket is private: private sockets log in when they open, and carry account data and (V3) orders} */
    public boolean isPrivate() {
        return privateSocket;
    }
}
