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
 * @param traderId required
 * @param autoCopy optional; basic mode only.
 * @param mode optional; default advanced.
 * @param settings required; at most 10 symbols.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record CopyFuturesFollowerSettingsRequest(
        String traderId,
        @Nullable CopyAutoCopy autoCopy,
        @Nullable CopyFollowMode mode,
        List<CopyFuturesFollowerSymbolSettingRequest> settings,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("traderId", "autoCopy", "mode", "settings");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public CopyFuturesFollowerSettingsRequest {
        Require.text(traderId, "traderId");
        Require.knownIfPresent(autoCopy, "autoCopy");
        Require.knownIfPresent(mode, "mode");
        settings = Require.nonEmpty(settings, "settings");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public CopyFuturesFollowerSettingsRequest(String traderId, @Nullable CopyAutoCopy autoCopy, @Nullable CopyFollowMode mode, List<CopyFuturesFollowerSymbolSettingRequest> settings) {
        this(traderId, autoCopy, mode, settings, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public CopyFuturesFollowerSettingsRequest withExtraParam(String name, Object value) {
        return new CopyFuturesFollowerSettingsRequest(traderId, autoCopy, mode, settings, Require.withExtra(extraParams, name, value));
    }

    /** A builder with nothing set. */
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

        /** Sets traderId. Required. */
        public Builder traderId(String traderId) {
            this.traderId = traderId;
            return this;
        }

        /** basic mode only. Optional. */
        public Builder autoCopy(@Nullable CopyAutoCopy autoCopy) {
            this.autoCopy = autoCopy;
            return this;
        }

        /** default advanced. Optional. */
        public Builder mode(@Nullable CopyFollowMode mode) {
            this.mode = mode;
            return this;
        }

        /** at most 10 symbols. Required. */
        public Builder settings(List<CopyFuturesFollowerSymbolSettingRequest> settings) {
            this.settings = settings;
            return this;
        }

        /** Also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
        public Builder extraParam(String name, Object value) {
            extraParams.put(name, value);
            return this;
        }

        /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
        public CopyFuturesFollowerSettingsRequest build() {
            return new CopyFuturesFollowerSettingsRequest(traderId, autoCopy, mode, settings, extraParams);
        }
    }
}
