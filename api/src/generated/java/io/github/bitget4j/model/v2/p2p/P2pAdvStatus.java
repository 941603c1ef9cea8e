// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a P2P advertisement.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum P2pAdvStatus {
    /** Wire text {@code online}. */
    @SerializedName("online") ONLINE("online"),
    /** Wire text {@code offline}. */
    @SerializedName("offline") OFFLINE("offline"),
    /** Wire text {@code editing}. */
    @SerializedName("editing") EDITING("editing"),
    /** Wire text {@code completed}. */
    @SerializedName("completed") COMPLETED("completed"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, P2pAdvStatus> BY_WIRE = Map.ofEntries(
            Map.entry("online", ONLINE),
            Map.entry("offline", OFFLINE),
            Map.entry("editing", EDITING),
            Map.entry("completed", COMPLETED));

    private final String wire;

    P2pAdvStatus(String wire) {
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
    public static P2pAdvStatus fromWire(@Nullable String text) {
        P2pAdvStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
