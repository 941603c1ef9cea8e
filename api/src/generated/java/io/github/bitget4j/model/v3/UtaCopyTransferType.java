// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Direction of a transfer between spot/funding and the lead account.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaCopyTransferType {
    /** into the lead account. Wire text {@code in}. */
    @SerializedName("in") IN("in"),
    /** out of the lead account. Wire text {@code out}. */
    @SerializedName("out") OUT("out"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaCopyTransferType> BY_WIRE = Map.ofEntries(
            Map.entry("in", IN),
            Map.entry("out", OUT));

    private final String wire;

    UtaCopyTransferType(String wire) {
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
    public static UtaCopyTransferType fromWire(@Nullable String text) {
        UtaCopyTransferType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
