// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What to do with a P2P ad.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaP2pAdOperation {
    /** list it. Wire text {@code publish}. */
    @SerializedName("publish") PUBLISH("publish"),
    /** take it off the list. Wire text {@code delist}. */
    @SerializedName("delist") DELIST("delist"),
    /** delete it. Wire text {@code remove}. */
    @SerializedName("remove") REMOVE("remove"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaP2pAdOperation> BY_WIRE = Map.ofEntries(
            Map.entry("publish", PUBLISH),
            Map.entry("delist", DELIST),
            Map.entry("remove", REMOVE));

    private final String wire;

    UtaP2pAdOperation(String wire) {
        this.wire = wire;
    }

    /**
     * The text Bitget uses for this value.
     *
     * @return the wire text; empty for {@link #UNKNOWN}
     */
    public String wire() {
        return wire;
    }

    /**
     * The constant for Bitget's text; never throws.
     *
     * @param text the wire text, may be null
     * @return the constant; {@link #UNKNOWN} for null or text this version does not know
     */
    public static UtaP2pAdOperation fromWire(@Nullable String text) {
        UtaP2pAdOperation known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
