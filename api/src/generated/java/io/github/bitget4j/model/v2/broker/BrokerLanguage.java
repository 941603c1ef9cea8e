// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Display language of a broker sub-account.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerLanguage {
    /** Wire text {@code en_US}. */
    @SerializedName("en_US") EN_US("en_US"),
    /** Wire text {@code zh_CN}. */
    @SerializedName("zh_CN") ZH_CN("zh_CN"),
    /** Wire text {@code ja_JP}. */
    @SerializedName("ja_JP") JA_JP("ja_JP"),
    /** Wire text {@code vi_VN}. */
    @SerializedName("vi_VN") VI_VN("vi_VN"),
    /** Wire text {@code zh_TW}. */
    @SerializedName("zh_TW") ZH_TW("zh_TW"),
    /** Wire text {@code ru_RU}. */
    @SerializedName("ru_RU") RU_RU("ru_RU"),
    /** Wire text {@code es_ES}. */
    @SerializedName("es_ES") ES_ES("es_ES"),
    /** Wire text {@code tr_TR}. */
    @SerializedName("tr_TR") TR_TR("tr_TR"),
    /** Wire text {@code fr_FR}. */
    @SerializedName("fr_FR") FR_FR("fr_FR"),
    /** Wire text {@code de_DE}. */
    @SerializedName("de_DE") DE_DE("de_DE"),
    /** Wire text {@code pt_PT}. */
    @SerializedName("pt_PT") PT_PT("pt_PT"),
    /** Wire text {@code th_TH}. */
    @SerializedName("th_TH") TH_TH("th_TH"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerLanguage> BY_WIRE = Map.ofEntries(
            Map.entry("en_US", EN_US),
            Map.entry("zh_CN", ZH_CN),
            Map.entry("ja_JP", JA_JP),
            Map.entry("vi_VN", VI_VN),
            Map.entry("zh_TW", ZH_TW),
            Map.entry("ru_RU", RU_RU),
            Map.entry("es_ES", ES_ES),
            Map.entry("tr_TR", TR_TR),
            Map.entry("fr_FR", FR_FR),
            Map.entry("de_DE", DE_DE),
            Map.entry("pt_PT", PT_PT),
            Map.entry("th_TH", TH_TH));

    private final String wire;

    BrokerLanguage(String wire) {
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
    public static BrokerLanguage fromWire(@Nullable String text) {
        BrokerLanguage known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
