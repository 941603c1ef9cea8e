package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;

/** Whether a futures position shares the account's margin ({@code crossed}) or has its own ({@code isolated}). */
public enum MarginMode {
    @SerializedName("crossed") CROSSED,
    @SerializedName("isolated") ISOLATED
}
