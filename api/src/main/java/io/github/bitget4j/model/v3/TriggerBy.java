package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;

/** The price that triggers a take-profit or stop-loss: the last traded price or the mark price. */
public enum TriggerBy {
    @SerializedName("market") MARKET,
    @SerializedName("mark") MARK
}
