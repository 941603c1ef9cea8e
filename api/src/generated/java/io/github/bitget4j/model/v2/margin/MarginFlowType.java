// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kind of a margin account money movement (Bitget calls the field marginType).
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum MarginFlowType {
    /** Wire text {@code transfer_in}. */
    @SerializedName("transfer_in") TRANSFER_IN("transfer_in"),
    /** Wire text {@code transfer_out}. */
    @SerializedName("transfer_out") TRANSFER_OUT("transfer_out"),
    /** Wire text {@code borrow}. */
    @SerializedName("borrow") BORROW("borrow"),
    /** Wire text {@code repay}. */
    @SerializedName("repay") REPAY("repay"),
    /** Wire text {@code liquidation_fee}. */
    @SerializedName("liquidation_fee") LIQUIDATION_FEE("liquidation_fee"),
    /** risk fund covering a collateral shortfall. Wire text {@code compensate}. */
    @SerializedName("compensate") COMPENSATE("compensate"),
    /** bought by a trade. Wire text {@code deal_in}. */
    @SerializedName("deal_in") DEAL_IN("deal_in"),
    /** sold by a trade. Wire text {@code deal_out}. */
    @SerializedName("deal_out") DEAL_OUT("deal_out"),
    /** taken for a collateral shortfall. Wire text {@code confiscated}. */
    @SerializedName("confiscated") CONFISCATED("confiscated"),
    /** Wire text {@code exchange_in}. */
    @SerializedName("exchange_in") EXCHANGE_IN("exchange_in"),
    /** Wire text {@code exchange_out}. */
    @SerializedName("exchange_out") EXCHANGE_OUT("exchange_out"),
    /** Wire text {@code sys_exchange_in}. */
    @SerializedName("sys_exchange_in") SYS_EXCHANGE_IN("sys_exchange_in"),
    /** Wire text {@code sys_exchange_out}. */
    @SerializedName("sys_exchange_out") SYS_EXCHANGE_OUT("sys_exchange_out"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, MarginFlowType> BY_WIRE = Map.ofEntries(
            Map.entry("transfer_in", TRANSFER_IN),
            Map.entry("transfer_out", TRANSFER_OUT),
            Map.entry("borrow", BORROW),
            Map.entry("repay", REPAY),
            Map.entry("liquidation_fee", LIQUIDATION_FEE),
            Map.entry("compensate", COMPENSATE),
            Map.entry("deal_in", DEAL_IN),
            Map.entry("deal_out", DEAL_OUT),
            Map.entry("confiscated", CONFISCATED),
            Map.entry("exchange_in", EXCHANGE_IN),
            Map.entry("exchange_out", EXCHANGE_OUT),
            Map.entry("sys_exchange_in", SYS_EXCHANGE_IN),
            Map.entry("sys_exchange_out", SYS_EXCHANGE_OUT));

    private final String wire;

    MarginFlowType(String wire) {
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
    public static MarginFlowType fromWire(@Nullable String text) {
        MarginFlowType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
