package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;

/** Whether an order rests at a price ({@code limit}) or takes what the book offers ({@code market}). */
public enum OrderType {
    @SerializedName("limit") LIMIT,
    @SerializedName("market") MARKET
}
