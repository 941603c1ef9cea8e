package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;

/** Whether a futures order may only reduce a position; Bitget spells it {@code yes}/{@code no}. */
public enum ReduceOnly {
    @SerializedName("yes") YES,
    @SerializedName("no") NO
}
