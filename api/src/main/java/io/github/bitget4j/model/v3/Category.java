package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;

/** The product line a V3 request is about. Tickers, candles and order books exist for all but {@link #MARGIN}. */
public enum Category {
    @SerializedName("SPOT") SPOT,
    @SerializedName("MARGIN") MARGIN,
    @SerializedName("USDT-FUTURES") USDT_FUTURES,
    @SerializedName("COIN-FUTURES") COIN_FUTURES,
    @SerializedName("USDC-FUTURES") USDC_FUTURES
}
