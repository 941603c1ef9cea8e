// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A finished plan order.
 *
 * @param planTypeRaw the text Bitget sent for planType; read it as an enum with {@link #planType()}.
 * @param symbol symbol ({@code symbol})
 * @param size size ({@code size})
 * @param orderId order id ({@code orderId})
 * @param executeOrderId the order created when it fired.
 * @param clientOid client oid ({@code clientOid})
 * @param planStatusRaw the text Bitget sent for planStatus; read it as an enum with {@link #planStatus()}.
 * @param price price ({@code price})
 * @param executePrice execute price ({@code executePrice})
 * @param priceAvg price avg ({@code priceAvg})
 * @param baseVolume base volume ({@code baseVolume})
 * @param callbackRatio callback ratio ({@code callbackRatio})
 * @param triggerPrice trigger price ({@code triggerPrice})
 * @param triggerTypeRaw the text Bitget sent for triggerType; read it as an enum with {@link #triggerType()}.
 * @param sideRaw the text Bitget sent for side; read it as an enum with {@link #side()}.
 * @param posSideRaw the text Bitget sent for posSide; read it as an enum with {@link #posSide()}.
 * @param marginCoin margin coin ({@code marginCoin})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param enterPointSource enter point source ({@code enterPointSource})
 * @param tradeSideRaw the text Bitget sent for tradeSide; read it as an enum with {@link #tradeSide()}.
 * @param posModeRaw the text Bitget sent for posMode; read it as an enum with {@link #posMode()}.
 * @param orderTypeRaw the text Bitget sent for orderType; read it as an enum with {@link #orderType()}.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 * @param stopSurplusExecutePrice stop surplus execute price ({@code stopSurplusExecutePrice})
 * @param stopSurplusTriggerPrice stop surplus trigger price ({@code stopSurplusTriggerPrice})
 * @param stopSurplusTriggerTypeRaw the text Bitget sent for stopSurplusTriggerType; read it as an enum with {@link #stopSurplusTriggerType()}.
 * @param stopLossExecutePrice stop loss execute price ({@code stopLossExecutePrice})
 * @param stopLossTriggerPrice stop loss trigger price ({@code stopLossTriggerPrice})
 * @param stopLossTriggerTypeRaw the text Bitget sent for stopLossTriggerType; read it as an enum with {@link #stopLossTriggerType()}.
 */
public record FuturesHistoricPlanOrder(
        @SerializedName("planType") String planTypeRaw,
        String symbol,
        @Nullable BigDecimal size,
        String orderId,
        @Nullable String executeOrderId,
        @Nullable String clientOid,
        @SerializedName("planStatus") String planStatusRaw,
        @Nullable BigDecimal price,
        @Nullable BigDecimal executePrice,
        @Nullable BigDecimal priceAvg,
        @Nullable BigDecimal baseVolume,
        @Nullable BigDecimal callbackRatio,
        BigDecimal triggerPrice,
        @SerializedName("triggerType") @Nullable String triggerTypeRaw,
        @SerializedName("side") @Nullable String sideRaw,
        @SerializedName("posSide") @Nullable String posSideRaw,
        String marginCoin,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @Nullable String enterPointSource,
        @SerializedName("tradeSide") @Nullable String tradeSideRaw,
        @SerializedName("posMode") @Nullable String posModeRaw,
        @SerializedName("orderType") @Nullable String orderTypeRaw,
        Instant cTime,
        @Nullable Instant uTime,
        @Nullable BigDecimal stopSurplusExecutePrice,
        @Nullable BigDecimal stopSurplusTriggerPrice,
        @SerializedName("stopSurplusTriggerType") @Nullable String stopSurplusTriggerTypeRaw,
        @Nullable BigDecimal stopLossExecutePrice,
        @Nullable BigDecimal stopLossTriggerPrice,
        @SerializedName("stopLossTriggerType") @Nullable String stopLossTriggerTypeRaw) {

    /**
     * The planType.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #planTypeRaw()} has the text as sent)
     */
    public FuturesPlanType planType() {
        return FuturesPlanType.fromWire(planTypeRaw);
    }

    /**
     * The planStatus.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #planStatusRaw()} has the text as sent)
     */
    public FuturesPlanStatus planStatus() {
        return FuturesPlanStatus.fromWire(planStatusRaw);
    }

    /**
     * The triggerType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #triggerTypeRaw()} has the text as sent)
     */
    public @Nullable FuturesTriggerType triggerType() {
        return triggerTypeRaw == null ? null : FuturesTriggerType.fromWire(triggerTypeRaw);
    }

    /**
     * The side.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #sideRaw()} has the text as sent)
     */
    public @Nullable Side side() {
        return sideRaw == null ? null : Side.fromWire(sideRaw);
    }

    /**
     * The posSide.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posSideRaw()} has the text as sent)
     */
    public @Nullable FuturesPosSide posSide() {
        return posSideRaw == null ? null : FuturesPosSide.fromWire(posSideRaw);
    }

    /**
     * The marginMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }

    /**
     * The tradeSide.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #tradeSideRaw()} has the text as sent)
     */
    public @Nullable FuturesFillTradeSide tradeSide() {
        return tradeSideRaw == null ? null : FuturesFillTradeSide.fromWire(tradeSideRaw);
    }

    /**
     * The posMode.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #posModeRaw()} has the text as sent)
     */
    public @Nullable FuturesPosMode posMode() {
        return posModeRaw == null ? null : FuturesPosMode.fromWire(posModeRaw);
    }

    /**
     * The orderType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #orderTypeRaw()} has the text as sent)
     */
    public @Nullable OrderType orderType() {
        return orderTypeRaw == null ? null : OrderType.fromWire(orderTypeRaw);
    }

    /**
     * The stopSurplusTriggerType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #stopSurplusTriggerTypeRaw()} has the text as sent)
     */
    public @Nullable FuturesTpslTriggerType stopSurplusTriggerType() {
        return stopSurplusTriggerTypeRaw == null ? null : FuturesTpslTriggerType.fromWire(stopSurplusTriggerTypeRaw);
    }

    /**
     * The stopLossTriggerType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #stopLossTriggerTypeRaw()} has the text as sent)
     */
    public @Nullable FuturesTpslTriggerType stopLossTriggerType() {
        return stopLossTriggerTypeRaw == null ? null : FuturesTpslTriggerType.fromWire(stopLossTriggerTypeRaw);
    }
}
