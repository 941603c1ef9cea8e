package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;

/** Self-trade prevention: which side is cancelled when an order would match another order of the same user. */
public enum StpMode {
    @SerializedName("none") NONE,
    @SerializedName("cancel_taker") CANCEL_TAKER,
    @SerializedName("cancel_maker") CANCEL_MAKER,
    @SerializedName("cancel_both") CANCEL_BOTH
}
