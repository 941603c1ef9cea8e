// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a P2P order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum P2pOrderStatus {
    /** waiting for the buyer's payment. Wire text {@code pending_pay}. */
    @SerializedName("pending_pay") PENDING_PAY("pending_pay"),
    /** paid, coins not yet released. Wire text {@code paid}. */
    @SerializedName("paid") PAID("paid"),
    /** under appeal. Wire text {@code appeal}. */
    @SerializedName("appeal") APPEAL("appeal"),
    /** Wire text {@code completed}. */
    @SerializedName("completed") COMPLETED("completed"),
    /** Wire text {@code cancelled}. */
    @SerializedName("cancelled") CANCELLED("cancelled"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, P2pOrderStatus> BY_WIRE = Map.ofEntries(
            Map.entry("pending_pay", PENDING_PAY),
            Map.entry("paid", PAID),
            Map.entry("appeal", APPEAL),
            Map.entry("completed", COMPLETED),
            Map.entry("cancelled", CANCELLED));

    private final String wire;

    P2pOrderStatus(String wire) {
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
    public static P2pOrderStatus fromWire(@Nullable String text) {
        P2pOrderStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
