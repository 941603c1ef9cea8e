package io.github.bitget4j.ws;

/** The four sockets a client may open: one per API version and public/private side. */
public enum WsKey {
    V2_PUBLIC("/v2/ws/public", false),
    V2_PRIVATE("/v2/ws/private", true),
    V3_PUBLIC("/v3/ws/public", false),
    V3_PRIVATE("/v3/ws/private", true);

    private final String path;
    private final boolean privateSocket;

    WsKey(String path, boolean privateSocket) {
        this.path = path;
        this.privateSocket = privateSocket;
    }

    /** The path Bitget serves this socket on, appended to the WebSocket base URL. */
    public String path() {
        return path;
    }

    /** Private sockets log in when they open, and carry account data and (V3) orders. */
    public boolean isPrivate() {
        return privateSocket;
    }
}
