// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Sort field of the advertisement list (always descending).
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum P2pAdvOrderBy {
    /** Wire text {@code createTime}. */
    @SerializedName("createTime") CREATETIME("createTime"),
    /** Wire text {@code price}. */
    @SerializedName("price") PRICE("price"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, P2pAdvOrderBy> BY_WIRE = Map.ofEntries(
            Map.entry("createTime", CREATETIME),
            Map.entry("price", PRICE));

    private final String wire;

    P2pAdvOrderBy(String wire) {
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
    public static P2pAdvOrderBy fromWire(@Nullable String text) {
        P2pAdvOrderBy known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
