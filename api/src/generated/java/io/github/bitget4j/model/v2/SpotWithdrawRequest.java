// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A withdrawal. Build it with {@link #builder()}.
 *
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param transferType on_chain or internal_transfer (required, sent as {@code transferType})
 * @param address chain address, or the uid, email or phone number of an internal transfer (required, sent as {@code address})
 * @param chain e.g. trc20, from the coin's chains; required on chain (optional, sent as {@code chain})
 * @param innerToType internal transfer: what address is (Bitget's default uid) (optional, sent as {@code innerToType})
 * @param areaCode phone area code; required when innerToType is mobile (optional, sent as {@code areaCode})
 * @param tag address tag (memo) for chains that need one, e.g. EOS (optional, sent as {@code tag})
 * @param size amount received, excluding fees (required, greater than 0, sent as {@code size})
 * @param remark your note (optional, sent as {@code remark})
 * @param clientOid your id for the withdrawal (optional, sent as {@code clientOid})
 * @param memberCode Korean travel rule: the receiving exchange (optional, sent as {@code memberCode})
 * @param identityType Korean travel rule: whether the recipient is a person or a company (optional, sent as {@code identityType})
 * @param companyName Korean travel rule: the receiving company (optional, sent as {@code companyName})
 * @param firstName Korean travel rule: the recipient's first name (optional, sent as {@code firstName})
 * @param lastName Korean travel rule: the recipient's last name (optional, sent as {@code lastName})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record SpotWithdrawRequest(
        String coin,
        SpotWithdrawType transferType,
        String address,
        @Nullable String chain,
        @Nullable SpotInnerToType innerToType,
        @Nullable String areaCode,
        @Nullable String tag,
        BigDecimal size,
        @Nullable String remark,
        @Nullable String clientOid,
        @Nullable String memberCode,
        @Nullable String identityType,
        @Nullable String companyName,
        @Nullable String firstName,
        @Nullable String lastName,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "transferType", "address", "chain", "innerToType", "areaCode", "tag", "size", "remark", "clientOid", "memberCode", "identityType", "companyName", "firstName", "lastName");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotWithdrawRequest {
        Require.text(coin, "coin");
        Require.known(transferType, "transferType");
        Require.text(address, "address");
        Require.knownIfPresent(innerToType, "innerToType");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.requiredWhen(transferType == SpotWithdrawType.ON_CHAIN, chain, "chain is required when transferType is on_chain");
        Require.requiredWhen(innerToType == SpotInnerToType.MOBILE, areaCode, "areaCode is required when innerToType is mobile");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param transferType on_chain or internal_transfer (required, sent as {@code transferType})
     * @param address chain address, or the uid, email or phone number of an internal transfer (required, sent as {@code address})
     * @param chain e.g. trc20, from the coin's chains; required on chain (optional, sent as {@code chain})
     * @param innerToType internal transfer: what address is (Bitget's default uid) (optional, sent as {@code innerToType})
     * @param areaCode phone area code; required when innerToType is mobile (optional, sent as {@code areaCode})
     * @param tag address tag (memo) for chains that need one, e.g. EOS (optional, sent as {@code tag})
     * @param size amount received, excluding fees (required, greater than 0, sent as {@code size})
     * @param remark your note (optional, sent as {@code remark})
     * @param clientOid your id for the withdrawal (optional, sent as {@code clientOid})
     * @param memberCode Korean travel rule: the receiving exchange (optional, sent as {@code memberCode})
     * @param identityType Korean travel rule: whether the recipient is a person or a company (optional, sent as {@code identityType})
     * @param companyName Korean travel rule: the receiving company (optional, sent as {@code companyName})
     * @param firstName Korean travel rule: the recipient's first name (optional, sent as {@code firstName})
     * @param lastName Korean travel rule: the recipient's last name (optional, sent as {@code lastName})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public SpotWithdrawRequest(String coin, SpotWithdrawType transferType, String address, @Nullable String chain, @Nullable SpotInnerToType innerToType, @Nullable String areaCode, @Nullable String tag, BigDecimal size, @Nullable String remark, @Nullable String clientOid, @Nullable String memberCode, @Nullable String identityType, @Nullable String companyName, @Nullable String firstName, @Nullable String lastName) {
        this(coin, transferType, address, chain, innerToType, areaCode, tag, size, remark, clientOid, memberCode, identityType, companyName, firstName, lastName, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public SpotWithdrawRequest withExtraParam(String name, Object value) {
        return new SpotWithdrawRequest(coin, transferType, address, chain, innerToType, areaCode, tag, size, remark, clientOid, memberCode, identityType, companyName, firstName, lastName, Require.withExtra(extraParams, name, value));
    }

    /**
     * Sets coin, address, chain, size; the rest stay unset. Sets {@code transferType} to {@code on_chain}.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param address chain address, or the uid, email or phone number of an internal transfer (required, sent as {@code address})
     * @param chain e.g. trc20, from the coin's chains; required on chain (optional, sent as {@code chain})
     * @param size amount received, excluding fees (required, greater than 0, sent as {@code size})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotWithdrawRequest onChain(String coin, String address, String chain, BigDecimal size) {
        return new SpotWithdrawRequest(coin, SpotWithdrawType.ON_CHAIN, address, Require.text(chain, "chain"), null, null, null, size, null, null, null, null, null, null, null, Map.of());
    }

    /**
     * Sets coin, address, size; the rest stay unset. Sets {@code transferType} to {@code internal_transfer}.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param address chain address, or the uid, email or phone number of an internal transfer (required, sent as {@code address})
     * @param size amount received, excluding fees (required, greater than 0, sent as {@code size})
     * @return the request, checked
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public static SpotWithdrawRequest internal(String coin, String address, BigDecimal size) {
        return new SpotWithdrawRequest(coin, SpotWithdrawType.INTERNAL_TRANSFER, address, null, null, null, null, size, null, null, null, null, null, null, null, Map.of());
    }

    /**
     * A builder with nothing set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Collects the parameters; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private @Nullable String coin;
        private @Nullable SpotWithdrawType transferType;
        private @Nullable String address;
        private @Nullable String chain;
        private @Nullable SpotInnerToType innerToType;
        private @Nullable String areaCode;
        private @Nullable String tag;
        private @Nullable BigDecimal size;
        private @Nullable String remark;
        private @Nullable String clientOid;
        private @Nullable String memberCode;
        private @Nullable String identityType;
        private @Nullable String companyName;
        private @Nullable String firstName;
        private @Nullable String lastName;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code coin}: e.g. USDT (required, sent as {@code coin}). Checked by {@link #build()}.
         *
         * @param coin the value
         * @return this builder
         */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /**
         * Sets {@code transferType}: on_chain or internal_transfer (required, sent as {@code transferType}). Checked by {@link #build()}.
         *
         * @param transferType the value
         * @return this builder
         */
        public Builder transferType(SpotWithdrawType transferType) {
            this.transferType = transferType;
            return this;
        }

        /**
         * Sets {@code address}: chain address, or the uid, email or phone number of an internal transfer (required, sent as {@code address}). Checked by {@link #build()}.
         *
         * @param address the value
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets {@code chain}: e.g. trc20, from the coin's chains; required on chain (optional, sent as {@code chain}). Checked by {@link #build()}.
         *
         * @param chain the value, or null to leave it unset
         * @return this builder
         */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /**
         * Sets {@code innerToType}: internal transfer: what address is (Bitget's default uid) (optional, sent as {@code innerToType}). Checked by {@link #build()}.
         *
         * @param innerToType the value, or null to leave it unset
         * @return this builder
         */
        public Builder innerToType(@Nullable SpotInnerToType innerToType) {
            this.innerToType = innerToType;
            return this;
        }

        /**
         * Sets {@code areaCode}: phone area code; required when innerToType is mobile (optional, sent as {@code areaCode}). Checked by {@link #build()}.
         *
         * @param areaCode the value, or null to leave it unset
         * @return this builder
         */
        public Builder areaCode(@Nullable String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        /**
         * Sets {@code tag}: address tag (memo) for chains that need one, e.g. EOS (optional, sent as {@code tag}). Checked by {@link #build()}.
         *
         * @param tag the value, or null to leave it unset
         * @return this builder
         */
        public Builder tag(@Nullable String tag) {
            this.tag = tag;
            return this;
        }

        /**
         * Sets {@code size}: amount received, excluding fees (required, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code remark}: your note (optional, sent as {@code remark}). Checked by {@link #build()}.
         *
         * @param remark the value, or null to leave it unset
         * @return this builder
         */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
            return this;
        }

        /**
         * Sets {@code clientOid}: your id for the withdrawal (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code memberCode}: Korean travel rule: the receiving exchange (optional, sent as {@code memberCode}). Checked by {@link #build()}.
         *
         * @param memberCode the value, or null to leave it unset
         * @return this builder
         */
        public Builder memberCode(@Nullable String memberCode) {
            this.memberCode = memberCode;
            return this;
        }

        /**
         * Sets {@code identityType}: Korean travel rule: whether the recipient is a person or a company (optional, sent as {@code identityType}). Checked by {@link #build()}.
         *
         * @param identityType the value, or null to leave it unset
         * @return this builder
         */
        public Builder identityType(@Nullable String identityType) {
            this.identityType = identityType;
            return this;
        }

        /**
         * Sets {@code companyName}: Korean travel rule: the receiving company (optional, sent as {@code companyName}). Checked by {@link #build()}.
         *
         * @param companyName the value, or null to leave it unset
         * @return this builder
         */
        public Builder companyName(@Nullable String companyName) {
            this.companyName = companyName;
            return this;
        }

        /**
         * Sets {@code firstName}: Korean travel rule: the recipient's first name (optional, sent as {@code firstName}). Checked by {@link #build()}.
         *
         * @param firstName the value, or null to leave it unset
         * @return this builder
         */
        public Builder firstName(@Nullable String firstName) {
            this.firstName = firstName;
            return this;
        }

        /**
         * Sets {@code lastName}: Korean travel rule: the recipient's last name (optional, sent as {@code lastName}). Checked by {@link #build()}.
         *
         * @param lastName the value, or null to leave it unset
         * @return this builder
         */
        public Builder lastName(@Nullable String lastName) {
            this.lastName = lastName;
            return this;
        }

        /**
         * Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
         *
         * @param name the parameter's wire name; must not be a typed field's (checked by {@link #build()})
         * @param value its value, sent as its text
         * @return this builder
         */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /**
         * Checks the parameters and makes the request.
         *
         * @return the request
         * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
         */
        public SpotWithdrawRequest build() {
            return new SpotWithdrawRequest(coin, transferType, address, chain, innerToType, areaCode, tag, size, remark, clientOid, memberCode, identityType, companyName, firstName, lastName, extraParams);
        }
    }
}
