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
 * @param coin required; e.g. USDT.
 * @param transferType required; on_chain or internal_transfer.
 * @param address required; chain address, or the uid, email or phone number of an internal transfer.
 * @param chain optional; e.g. trc20, from the coin's chains; required on chain.
 * @param innerToType optional; internal transfer: what address is (Bitget's default uid).
 * @param areaCode optional; phone area code; required when innerToType is mobile.
 * @param tag optional; address tag (memo) for chains that need one, e.g. EOS.
 * @param size required; amount received, excluding fees.
 * @param remark optional; your note.
 * @param clientOid optional; your id for the withdrawal.
 * @param memberCode optional; Korean travel rule: the receiving exchange.
 * @param identityType optional; Korean travel rule: whether the recipient is a person or a company.
 * @param companyName optional; Korean travel rule: the receiving company.
 * @param firstName optional; Korean travel rule: the recipient's first name.
 * @param lastName optional; Korean travel rule: the recipient's last name.
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

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
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

    /** Without extra parameters. */
    public SpotWithdrawRequest(String coin, SpotWithdrawType transferType, String address, @Nullable String chain, @Nullable SpotInnerToType innerToType, @Nullable String areaCode, @Nullable String tag, BigDecimal size, @Nullable String remark, @Nullable String clientOid, @Nullable String memberCode, @Nullable String identityType, @Nullable String companyName, @Nullable String firstName, @Nullable String lastName) {
        this(coin, transferType, address, chain, innerToType, areaCode, tag, size, remark, clientOid, memberCode, identityType, companyName, firstName, lastName, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public SpotWithdrawRequest withExtraParam(String name, Object value) {
        return new SpotWithdrawRequest(coin, transferType, address, chain, innerToType, areaCode, tag, size, remark, clientOid, memberCode, identityType, companyName, firstName, lastName, Require.withExtra(extraParams, name, value));
    }

    /** Sets coin, address, chain, size; the rest stay unset. */
    public static SpotWithdrawRequest onChain(String coin, String address, String chain, BigDecimal size) {
        return new SpotWithdrawRequest(coin, SpotWithdrawType.ON_CHAIN, address, Require.text(chain, "chain"), null, null, null, size, null, null, null, null, null, null, null, Map.of());
    }

    /** Sets coin, address, size; the rest stay unset. */
    public static SpotWithdrawRequest internal(String coin, String address, BigDecimal size) {
        return new SpotWithdrawRequest(coin, SpotWithdrawType.INTERNAL_TRANSFER, address, null, null, null, null, size, null, null, null, null, null, null, null, Map.of());
    }

    /** A builder with nothing set. */
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

        /** e.g. USDT. Required. */
        public Builder coin(String coin) {
            this.coin = coin;
            return this;
        }

        /** on_chain or internal_transfer. Required. */
        public Builder transferType(SpotWithdrawType transferType) {
            this.transferType = transferType;
            return this;
        }

        /** chain address, or the uid, email or phone number of an internal transfer. Required. */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /** e.g. trc20, from the coin's chains; required on chain. Optional. */
        public Builder chain(@Nullable String chain) {
            this.chain = chain;
            return this;
        }

        /** internal transfer: what address is (Bitget's default uid). Optional. */
        public Builder innerToType(@Nullable SpotInnerToType innerToType) {
            this.innerToType = innerToType;
            return this;
        }

        /** phone area code; required when innerToType is mobile. Optional. */
        public Builder areaCode(@Nullable String areaCode) {
            this.areaCode = areaCode;
            return this;
        }

        /** address tag (memo) for chains that need one, e.g. EOS. Optional. */
        public Builder tag(@Nullable String tag) {
            this.tag = tag;
            return this;
        }

        /** amount received, excluding fees. Required. */
        public Builder size(BigDecimal size) {
            this.size = size;
            return this;
        }

        /** your note. Optional. */
        public Builder remark(@Nullable String remark) {
            this.remark = remark;
            return this;
        }

        /** your id for the withdrawal. Optional. */
        public Builder clientOid(@Nullable String clientOid) {
            this.clientOid = clientOid;
            return this;
        }

        /** Korean travel rule: the receiving exchange. Optional. */
        public Builder memberCode(@Nullable String memberCode) {
            this.memberCode = memberCode;
            return this;
        }

        /** Korean travel rule: whether the recipient is a person or a company. Optional. */
        public Builder identityType(@Nullable String identityType) {
            this.identityType = identityType;
            return this;
        }

        /** Korean travel rule: the receiving company. Optional. */
        public Builder companyName(@Nullable String companyName) {
            this.companyName = companyName;
            return this;
        }

        /** Korean travel rule: the recipient's first name. Optional. */
        public Builder firstName(@Nullable String firstName) {
            this.firstName = firstName;
            return this;
        }

        /** Korean travel rule: the recipient's last name. Optional. */
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
        public SpotWithdrawRequest build() {
            return new SpotWithdrawRequest(coin, transferType, address, chain, innerToType, areaCode, tag, size, remark, clientOid, memberCode, identityType, companyName, firstName, lastName, extraParams);
        }
    }
}
