// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Parameters of a request. Build it with {@link #builder()}.
 *
 * @param traderId trader id (required, sent as {@code traderId})
 * @param autoCopy basic mode only (optional, sent as {@code autoCopy})
 * @param mode default advanced (optional, sent as {@code mode})
 * @param settings at most 10 symbols (required, not empty, sent as {@code settings})
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesFollowerSettingsRequest(
        String traderId,
        @Nullable CopyAutoCopy autoCopy,
        @Nullable CopyFollowMode mode,
        List<CopyFuturesFollowerSymbolSettingRequest> settings,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("traderId", "autoCopy", "mode", "settings");

    /**
     * Checks every parameter, so that a bad request fails here, before any byte is sent.
     *
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesFollowerSettingsRequest {
        Require.text(traderId, "traderId");
        Require.knownIfPresent(autoCopy, "autoCopy");
        Require.knownIfPresent(mode, "mode");
        settings = Require.nonEmpty(settings, "settings");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /**
     * Without extra parameters.
     *
     * @param traderId trader id (required, sent as {@code traderId})
     * @param autoCopy basic mode only (optional, sent as {@code autoCopy})
     * @param mode default advanced (optional, sent as {@code mode})
     * @param settings at most 10 symbols (required, not empty, sent as {@code settings})
     * @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter
     */
    public CopyFuturesFollowerSettingsRequest(String traderId, @Nullable CopyAutoCopy autoCopy, @Nullable CopyFollowMode mode, List<CopyFuturesFollowerSymbolSettingRequest> settings) {
        this(traderId, autoCopy, mode, settings, Map.of());
    }

    /**
     * A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it.
     *
     * @param name the parameter's wire name; must not be one of this record's
     * @param value its value, sent as its text
     * @return a new request; this one is unchanged
     * @throws io.github.bitget4j.errors.BitgetValidationException for a blank name, a typed field's name or a null value
     */
    public CopyFuturesFollowerSettingsRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerSettingsRequest(traderId, autoCopy, mode, settings, Require.withExtra(extraParams, name, value));
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
        private @Nullable String traderId;
        private @Nullable CopyAutoCopy autoCopy;
        private @Nullable CopyFollowMode mode;
        private @Nullable List<CopyFuturesFollowerSymbolSettingRequest> settings;
        private final java.util.LinkedHashMap<String, Object> extraParams = new java.util.LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Sets {@code traderId}: trader id (required, sent as {@code traderId}). Checked by {@link #build()}.
         *
         * @param traderId the value
         * @return this builder
         */
        public Builder traderId(String traderId) {
            this.traderId = traderId;
            return this;
        }

        /**
         * Sets {@code autoCopy}: basic mode only (optional, sent as {@code autoCopy}). Checked by {@link #build()}.
         *
         * @param autoCopy the value, or null to leave it unset
         * @return this builder
         */
        public Builder autoCopy(@Nullable CopyAutoCopy autoCopy) {
            this.autoCopy = autoCopy;
            return this;
        }

        /**
         * Sets {@code mode}: default advanced (optional, sent as {@code mode}). Checked by {@link #build()}.
         *
         * @param mode the value, or null to leave it unset
         * @return this builder
         */
        public Builder mode(@Nullable CopyFollowMode mode) {
            this.mode = mode;
            return this;
        }

        /**
         * Sets {@code settings}: at most 10 symbols (required, not empty, sent as {@code settings}). Checked by {@link #build()}.
         *
         * @param settings the value
         * @return this builder
         */
        public Builder settings(List<CopyFuturesFollowerSymbolSettingRequest> settings) {
            this.settings = settings;
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
        public CopyFuturesFollowerSettingsRequest build() {
            return new CopyFuturesFollowerSettingsRequest(traderId, autoCopy, mode, settings, extraParams);
        }
    }
}
