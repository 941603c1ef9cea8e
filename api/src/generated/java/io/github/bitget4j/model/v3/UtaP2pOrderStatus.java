// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a P2P order, as a filter.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaP2pOrderStatus {
    /** waiting for the buyer to pay. Wire text {@code pending_payment}. */
    @SerializedName("pending_payment") PENDING_PAYMENT("pending_payment"),
    /** paid, waiting for the seller to release the coins. Wire text {@code pending_release}. */
    @SerializedName("pending_release") PENDING_RELEASE("pending_release"),
    /** Wire text {@code completed}. */
    @SerializedName("completed") COMPLETED("completed"),
    /** Wire text {@code cancelled}. */
    @SerializedName("cancelled") CANCELLED("cancelled"),
    /** under dispute. Wire text {@code in_appeal}. */
    @SerializedName("in_appeal") IN_APPEAL("in_appeal"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaP2pOrderStatus> BY_WIRE = Map.ofEntries(
            Map.entry("pending_payment", PENDING_PAYMENT),
            Map.entry("pending_release", PENDING_RELEASE),
            Map.entry("completed", COMPLETED),
            Map.entry("cancelled", CANCELLED),
            Map.entry("in_appeal", IN_APPEAL));

    private final String wire;

    UtaP2pOrderStatus(String wire) {
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
    public static UtaP2pOrderStatus fromWire(@Nullable String text) {
        UtaP2pOrderStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
