package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;

/** Whether a V2 spot batch is for one symbol (given once) or for several (given per order). */
public enum BatchMode {
    @SerializedName("single") SINGLE,
    @SerializedName("multiple") MULTIPLE
}
