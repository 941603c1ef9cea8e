package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;

/** V2 spot order kind: an ordinary order or a take-profit/stop-loss order. */
public enum TpslType {
    @SerializedName("normal") NORMAL,
    @SerializedName("tpsl") TPSL
}
