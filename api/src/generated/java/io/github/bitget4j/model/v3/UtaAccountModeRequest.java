// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.internal.json.Require;
import io.github.bitget4j.model.BitgetRequest;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A new trading mode.
 *
 * @param mode required; the mode to switch to.
 * @param deltaSwitch optional; advanced mode only: turns delta-neutral on or off.
 * @param targetUid optional; a sub-account's uid, when the main account switches it; unset for this account.
 * @param extraParams parameters the model does not know yet, sent as given; names must not repeat a field
 */
public record UtaAccountModeRequest(
        UtaAccountLevel mode,
        @Nullable UtaYesNo deltaSwitch,
        @Nullable String targetUid,
        Map<String, Object> extraParams) implements BitgetRequest {

    private static final List<String> WIRE_NAMES = List.of("mode", "deltaSwitch", "targetUid");

    /** @throws io.github.bitget4j.errors.BitgetValidationException naming the first bad parameter */
    public UtaAccountModeRequest {
        Require.known(mode, "mode");
        Require.knownIfPresent(deltaSwitch, "deltaSwitch");
        extraParams = Require.extraParams(extraParams, WIRE_NAMES);
    }

    /** Without extra parameters. */
    public UtaAccountModeRequest(UtaAccountLevel mode, @Nullable UtaYesNo deltaSwitch, @Nullable String targetUid) {
        this(mode, deltaSwitch, targetUid, Map.of());
    }

    /** A copy that also sends {@code name=value}, for a parameter Bitget accepts before this model knows it. */
    public UtaAccountModeRequest withExtraParam(String name, Object value) {
        return new UtaAccountModeRequest(mode, deltaSwitch, targetUid, Require.withExtra(extraParams, name, value));
    }

    /** Sets mode; the rest stay unset. */
    public static UtaAccountModeRequest of(UtaAccountLevel mode) {
        return new UtaAccountModeRequest(mode, null, null, Map.of());
    }
}
