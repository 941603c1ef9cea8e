// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a withdrawal address book entry.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaAddressBookType {
    /** an address valid on every EVM chain. Wire text {@code EVM}. */
    @SerializedName("EVM") EVM("EVM"),
    /** an address for one chain. Wire text {@code regular}. */
    @SerializedName("regular") REGULAR("regular"),
    /** an address for every coin of a chain. Wire text {@code universal}. */
    @SerializedName("universal") UNIVERSAL("universal"),
    /** a Bitget account (uid, email or mobile). Wire text {@code internal}. */
    @SerializedName("internal") INTERNAL("internal"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaAddressBookType> BY_WIRE = Map.ofEntries(
            Map.entry("EVM", EVM),
            Map.entry("regular", REGULAR),
            Map.entry("universal", UNIVERSAL),
            Map.entry("internal", INTERNAL));

    private final String wire;

    UtaAddressBookType(String wire) {
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
    public static UtaAddressBookType fromWire(@Nullable String text) {
        UtaAddressBookType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
