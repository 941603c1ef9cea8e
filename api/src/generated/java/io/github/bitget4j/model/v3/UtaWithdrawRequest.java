// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A withdrawal; the address must be in the web address book. Build it with {@link #builder()}.
 *
 * @param coin e.g. USDT (required, sent as {@code coin})
 * @param transferType on chain or internal (required, sent as {@code transferType})
 * @param address chain address; for internal: uid, email or phone per innerToType (required, sent as {@code address})
 * @param size amount (Lightning: exactly the invoice amount) (required, greater than 0, sent as {@code size})
 * @param chain on chain: the network, e.g. trc20 (optional, sent as {@code chain})
 * @param innerToType internal: how address names the receiver (Bitget's default uid) (optional, sent as {@code innerToType})
 * @param areaCode phone area code, when innerToType is mobile (optional, sent as {@code areaCode})
 * @param tag memo or tag, for the chains that need one (optional, sent as {@code tag})
 * @param remark your note (optional, sent as {@code remark})
 * @param clientOid your id of the withdrawal (optional, sent as {@code clientOid})
 * @param accountType accounts to take it from, comma-separated: funding, otc, uta (in that order) (optional, sent as {@code accountType})
 * @param memberCode travel rule: receiving exchange, e.g. bithumb, korbit, coinone (optional, sent as {@code memberCode})
 * @param identityType travel rule: receiver is a company or a person (optional, sent as {@code identityType})
 * @param companyName travel rule: when identityType is company (optional, sent as {@code companyName})
 * @param firstName travel rule: when identityType is user (optional, sent as {@code firstName})
 * @param lastName travel rule: when identityType is user (optional, sent as {@code lastName})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaWithdrawRequest(
        String coin,
        UtaTransferMethod transferType,
        String address,
        BigDecimal size,
        @Nullable String chain,
        @Nullable UtaInnerToType innerToType,
        @Nullable String areaCode,
        @Nullable String tag,
        @Nullable String remark,
        @Nullable String clientOid,
        @Nullable String accountType,
        @Nullable String memberCode,
        @Nullable UtaIdentityType identityType,
        @Nullable String companyName,
        @Nullable String firstName,
        @Nullable String lastName,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("coin", "transferType", "address", "size", "chain", "innerToType", "areaCode", "tag", "remark", "clientOid", "accountType", "memberCode", "identityType", "companyName", "firstName", "lastName");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaWithdrawRequest {
        Require.text(coin, "coin");
        Require.known(transferType, "transferType");
        Require.text(address, "address");
        Require.present(size, "size");
        Require.positiveIfPresent(size, "size");
        Require.knownIfPresent(innerToType, "innerToType");
        Require.knownIfPresent(identityType, "identityType");
        Require.requiredWhen(transferType == UtaTransferMethod.ON_CHAIN, chain, "chain is required when transferType is on_chain");
        Require.requiredWhen(innerToType == UtaInnerToType.MOBILE, areaCode, "areaCode is required when innerToType is mobile");
        Require.requiredWhen(identityType == UtaIdentityType.COMPANY, companyName, "companyName is required when identityType is company");
        Require.requiredWhen(identityType == UtaIdentityType.USER, firstName, "firstName is required when identityType is user");
        Require.requiredWhen(identityType == UtaIdentityType.USER, lastName, "lastName is required when identityType is user");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param coin e.g. USDT (required, sent as {@code coin})
     * @param transferType on chain or internal (required, sent as {@code transferType})
     * @param address chain address; for internal: uid, email or phone per innerToType (required, sent as {@code address})
     * @param size amount (Lightning: exactly the invoice amount) (required, greater than 0, sent as {@code size})
     * @param chain on chain: the network, e.g. trc20 (optional, sent as {@code chain})
     * @param innerToType internal: how address names the receiver (Bitget's default uid) (optional, sent as {@code innerToType})
     * @param areaCode phone area code, when innerToType is mobile (optional, sent as {@code areaCode})
     * @param tag memo or tag, for the chains that need one (optional, sent as {@code tag})
     * @param remark your note (optional, sent as {@code remark})
     * @param clientOid your id of the withdrawal (optional, sent as {@code clientOid})
     * @param accountType accounts to take it from, comma-separated: funding, otc, uta (in that order) (optional, sent as {@code accountType})
     * @param memberCode travel rule: receiving exchange, e.g. bithumb, korbit, coinone (optional, sent as {@code memberCode})
     * @param identityType travel rule: receiver is a company or a person (optional, sent as {@code identityType})
     * @param companyName travel rule: when identityType is company (optional, sent as {@code companyName})
     * @param firstName travel rule: when identityType is user (optional, sent as {@code firstName})
     * @param lastName travel rule: when identityType is user (optional, sent as {@code lastName})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public UtaWithdrawRequest(String coin, UtaTransferMethod transferType, String address, BigDecimal size, @Nullable String chain, @Nullable UtaInnerToType innerToType, @Nullable String areaCode, @Nullable String tag, @Nullable String remark, @Nullable String clientOid, @Nullable String accountType, @Nullable String memberCode, @Nullable UtaIdentityType identityType, @Nullable String companyName, @Nullable String firstName, @Nullable String lastName) {
        this(coin, transferType, address, size, chain, innerToType, areaCode, tag, remark, clientOid, accountType, memberCode, identityType, companyName, firstName, lastName, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public UtaWithdrawRequest withExtraParam(String name, Object value) {
        return new UtaWithdrawRequest(coin, transferType, address, size, chain, innerToType, areaCode, tag, remark, clientOid, accountType, memberCode, identityType, companyName, firstName, lastName, Require.withExtra(extraParams, name, value));
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
        private @Nullable UtaTransferMethod transferType;
        private @Nullable String address;
        private @Nullable BigDecimal size;
        private @Nullable String chain;
        private @Nullable UtaInnerToType innerToType;
        private @Nullable String areaCode;
        private @Nullable String tag;
        private @Nullable String remark;
        private @Nullable String clientOid;
        private @Nullable String accountType;
        private @Nullable String memberCode;
        private @Nullable UtaIdentityType identityType;
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
         * Sets {@code transferType}: on chain or internal (required, sent as {@code transferType}). Checked by {@link #build()}.
         *
         * @param transferType the value
         * @return this builder
         */
        public Builder transferType(UtaTransferMethod transferType) {
            this.transferType = transferType;
            return this;
        }

        /**
         * Sets {@code address}: chain address; for internal: uid, email or phone per innerToType (required, sent as {@code address}). Checked by {@link #build()}.
         *
         * @param address the value
         * @return this builder
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets {@code size}: amount (Lightning: exactly the invoice amount) (required, greater than 0, sent as {@code size}). Checked by {@link #build()}.
         *
         * @param size the value
         * @return this builder
         */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /**
         * Sets {@code chain}: on chain: the network, e.g. trc20 (optional, sent as {@code chain}). Checked by {@link #build()}.
         *
         * @param chain the value, or null to leave it unset
         * @return this builder
         */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /**
         * Sets {@code innerToType}: internal: how address names the receiver (Bitget's default uid) (optional, sent as {@code innerToType}). Checked by {@link #build()}.
         *
         * @param innerToType the value, or null to leave it unset
         * @return this builder
         */
        public Builder innerToType(@Nullable UtaInnerToType innerToType) {
            this.innerToType = innerToType;
            return this;
        }

        /**
         * Sets {@code areaCode}: phone area code, when innerToType is mobile (optional, sent as {@code areaCode}). Checked by {@link #build()}.
         *
         * @param areaCode the value, or null to leave it unset
         * @return this builder
         */
        public Builder areaCode(@Nullable String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        /**
         * Sets {@code tag}: memo or tag, for the chains that need one (optional, sent as {@code tag}). Checked by {@link #build()}.
         *
         * @param tag the value, or null to leave it unset
         * @return this builder
         */
        public Builder tag(@Nullable String tag) {
            this.tag = tag;
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
         * Sets {@code clientOid}: your id of the withdrawal (optional, sent as {@code clientOid}). Checked by {@link #build()}.
         *
         * @param clientOid the value, or null to leave it unset
         * @return this builder
         */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /**
         * Sets {@code accountType}: accounts to take it from, comma-separated: funding, otc, uta (in that order) (optional, sent as {@code accountType}). Checked by {@link #build()}.
         *
         * @param accountType the value, or null to leave it unset
         * @return this builder
         */
        public Builder accountType(@Nullable String accountType) {
            this.accountType = accountType;
            return this;
        }

        /**
         * Sets {@code memberCode}: travel rule: receiving exchange, e.g. bithumb, korbit, coinone (optional, sent as {@code memberCode}). Checked by {@link #build()}.
         *
         * @param memberCode the value, or null to leave it unset
         * @return this builder
         */
        public Builder memberCode(@Nullable String memberCode) {
            this.memberCode = memberCode;
            return this;
        }

        /**
         * Sets {@code identityType}: travel rule: receiver is a company or a person (optional, sent as {@code identityType}). Checked by {@link #build()}.
         *
         * @param identityType the value, or null to leave it unset
         * @return this builder
         */
        public Builder identityType(@Nullable UtaIdentityType identityType) {
            this.identityType = identityType;
            return this;
        }

        /**
         * Sets {@code companyName}: travel rule: when identityType is company (optional, sent as {@code companyName}). Checked by {@link #build()}.
         *
         * @param companyName the value, or null to leave it unset
         * @return this builder
         */
        public Builder companyName(@Nullable String companyName) {
            this.companyName = companyName;
            return this;
        }

        /**
         * Sets {@code firstName}: travel rule: when identityType is user (optional, sent as {@code firstName}). Checked by {@link #build()}.
         *
         * @param firstName the value, or null to leave it unset
         * @return this builder
         */
        public Builder firstName(@Nullable String firstName) {
            this.firstName = firstName;
            return this;
        }

        /**
         * Sets {@code lastName}: travel rule: when identityType is user (optional, sent as {@code lastName}). Checked by {@link #build()}.
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
        public UtaWithdrawRequest build() {
            return new UtaWithdrawRequest(coin, transferType, address, size, chain, innerToType, areaCode, tag, remark, clientOid, accountType, memberCode, identityType, companyName, firstName, lastName, extraParams);
        }
    }
}
