package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;

/** The position a futures order opens or closes in hedge mode. */
public enum PositionSide {
    @SerializedName("long") LONG,
    @SerializedName("short") SHORT
}
