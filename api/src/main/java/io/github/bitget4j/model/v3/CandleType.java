package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;

/** Which price a V3 candle series follows: traded, mark or index price. */
public enum CandleType {
    @SerializedName("MARKET") MARKET,
    @SerializedName("MARK") MARK,
    @SerializedName("INDEX") INDEX
}
