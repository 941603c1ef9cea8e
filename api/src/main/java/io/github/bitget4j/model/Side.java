package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;

/** Direction of an order. */
public enum Side {
    @SerializedName("buy") BUY,
    @SerializedName("sell") SELL
}
