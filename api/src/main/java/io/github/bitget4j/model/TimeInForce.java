package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;

/** How long an order stays live: V2 sends it as {@code force}, V3 as {@code timeInForce}. */
public enum TimeInForce {
    /** Good till cancelled. */
    @SerializedName("gtc") GTC,
    /** Maker only: cancelled instead of taking liquidity. */
    @SerializedName("post_only") POST_ONLY,
    /** Fill completely at once or cancel. */
    @SerializedName("fok") FOK,
    /** Fill what is possible at once, cancel the rest. */
    @SerializedName("ioc") IOC
}
