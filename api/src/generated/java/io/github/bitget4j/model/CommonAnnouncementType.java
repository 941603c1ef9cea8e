// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A category of Bitget announcements.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CommonAnnouncementType {
    /** Wire text {@code latest_news}. */
    @SerializedName("latest_news") LATEST_NEWS("latest_news"),
    /** Wire text {@code coin_listings}. */
    @SerializedName("coin_listings") COIN_LISTINGS("coin_listings"),
    /** Wire text {@code trading_competitions_promotions}. */
    @SerializedName("trading_competitions_promotions") TRADING_COMPETITIONS_PROMOTIONS("trading_competitions_promotions"),
    /** Wire text {@code maintenance_system_updates}. */
    @SerializedName("maintenance_system_updates") MAINTENANCE_SYSTEM_UPDATES("maintenance_system_updates"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CommonAnnouncementType> BY_WIRE = Map.ofEntries(
            Map.entry("latest_news", LATEST_NEWS),
            Map.entry("coin_listings", COIN_LISTINGS),
            Map.entry("trading_competitions_promotions", TRADING_COMPETITIONS_PROMOTIONS),
            Map.entry("maintenance_system_updates", MAINTENANCE_SYSTEM_UPDATES));

    private final String wire;

    CommonAnnouncementType(String wire) {
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
    public static CommonAnnouncementType fromWire(@Nullable String text) {
        CommonAnnouncementType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
