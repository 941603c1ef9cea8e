// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whose advertisements to list.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum P2pAdvSourceType {
    /** the caller's own (default). Wire text {@code owner}. */
    @SerializedName("owner") OWNER("owner"),
    /** other merchants' (Bitget's spelling). Wire text {@code competitior}. */
    @SerializedName("competitior") COMPETITIOR("competitior"),
    /** both (Bitget's spelling). Wire text {@code ownerAndCompetitior}. */
    @SerializedName("ownerAndCompetitior") OWNERANDCOMPETITIOR("ownerAndCompetitior"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, P2pAdvSourceType> BY_WIRE = Map.ofEntries(
            Map.entry("owner", OWNER),
            Map.entry("competitior", COMPETITIOR),
            Map.entry("ownerAndCompetitior", OWNERANDCOMPETITIOR));

    private final String wire;

    P2pAdvSourceType(String wire) {
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
    public static P2pAdvSourceType fromWire(@Nullable String text) {
        P2pAdvSourceType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
