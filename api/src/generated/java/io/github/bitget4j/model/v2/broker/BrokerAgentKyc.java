// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;

/**
 * Identity check result of one customer.
 *
 * @param uid uid ({@code uid})
 * @param kycResultRaw the text Bitget sent for kycResult; read it as an enum with {@link #kycResult()}.
 */
public record BrokerAgentKyc(
        String uid,
        @SerializedName("kycResult") String kycResultRaw) {

    /**
     * The kycResult.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #kycResultRaw()} has the text as sent)
     */
    public BrokerKycResult kycResult() {
        return BrokerKycResult.fromWire(kycResultRaw);
    }
}
