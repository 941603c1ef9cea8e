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
 * @param coin required; e.g. USDT.
 * @param transferType required; on chain or internal.
 * @param address required; chain address; for internal: uid, email or phone per innerToType.
 * @param size required; amount (Lightning: exactly the invoice amount).
 * @param chain optional; on chain: the network, e.g. trc20.
 * @param innerToType optional; internal: how address names the receiver (Bitget's default uid).
 * @param areaCode optional; phone area code, when innerToType is mobile.
 * @param tag optional; memo or tag, for the chains that need one.
 * @param remark optional; your note.
 * @param clientOid optional; your id of the withdrawal.
 * @param accountType optional; accounts to take it from, comma-separated: funding, otc, uta (in that order).
 * @param memberCode optional; travel rule: receiving exchange, e.g. bithumb, korbit, coinone.
 * @param identityType optional; travel rule: receiver is a company or a person.
 * @param companyName optional; travel rule: when identityType is company.
 * @param firstName optional; travel rule: when identityType is user.
 * @param lastName optional; travel rule: when identityType is user.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
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

    /** Without extra parameters. */
    public UtaWithdrawRequest(String coin, UtaTransferMethod transferType, String address, BigDecimal size, @Nullable String chain, @Nullable UtaInnerToType innerToType, @Nullable String areaCode, @Nullable String tag, @Nullable String remark, @Nullable String clientOid, @Nullable String accountType, @Nullable String memberCode, @Nullable UtaIdentityType identityType, @Nullable String companyName, @Nullable String firstName, @Nullable String lastName) {
        this(coin, transferType, address, size, chain, innerToType, areaCode, tag, remark, clientOid, accountType, memberCode, identityType, companyName, firstName, lastName, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaWithdrawRequest withExtraParam(String name, Object value) {
        return new UtaWithdrawRequest(coin, transferType, address, size, chain, innerToType, areaCode, tag, remark, clientOid, accountType, memberCode, identityType, companyName, firstName, lastName, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** e.g. USDT. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** on chain or internal. Required. */
        public Builder transferType(UtaTransferMethod transferType) {
            this.transferType = transferType;
            return this;
        }

        /** chain address; for internal: uid, email or phone per innerToType. Required. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** amount (Lightning: exactly the invoice amount). Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** on chain: the network, e.g. trc20. Optional. */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /** internal: how address names the receiver (Bitget's default uid). Optional. */
        public Builder innerToType(@Nullable UtaInnerToType innerToType) {
            this.innerToType = innerToType;
            return this;
        }

        /** phone area code, when innerToType is mobile. Optional. */
        public Builder areaCode(@Nullable String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        /** memo or tag, for the chains that need one. Optional. */
        public Builder tag(@Nullable String tag) {
            this.tag = tag;
            return this;
        }

        /** your note. Optional. */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
            return this;
        }

        /** your id of the withdrawal. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** accounts to take it from, comma-separated: funding, otc, uta (in that order). Optional. */
        public Builder accountType(@Nullable String accountType) {
            this.accountType = accountType;
            return this;
        }

        /** travel rule: receiving exchange, e.g. bithumb, korbit, coinone. Optional. */
        public Builder memberCode(@Nullable String memberCode) {
            this.memberCode = memberCode;
            return this;
        }

        /** travel rule: receiver is a company or a person. Optional. */
        public Builder identityType(@Nullable UtaIdentityType identityType) {
            this.identityType = identityType;
            return this;
        }

        /** travel rule: when identityType is company. Optional. */
        public Builder companyName(@Nullable String companyName) {
            this.companyName = companyName;
            return this;
        }

        /** travel rule: when identityType is user. Optional. */
        public Builder firstName(@Nullable String firstName) {
            this.firstName = firstName;
            return this;
        }

        /** travel rule: when identityType is user. Optional. */
        public Builder lastName(@Nullable String lastName) {
            this.lastName = lastName;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public UtaWithdrawRequest build() {
            return new UtaWithdrawRequest(coin, transferType, address, size, chain, innerToType, areaCode, tag, remark, clientOid, accountType, memberCode, identityType, companyName, firstName, lastName, extraParams);
        }
    }
}
