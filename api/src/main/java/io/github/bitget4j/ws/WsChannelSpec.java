package io.github.bitget4j.ws;

import io.github.bitget4j.errors.BitgetValidationException;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the model says about one channel (V2) or topic (V3) for some instTypes: the socket serving it, the arg field
 * naming what it watches, and the record its pushes decode into. The generated {@code ChannelsV2}/{@code ChannelsV3}
 * list every one; {@link WsTopicV2} and {@link WsTopicV3} check each topic against them.
 *
 * @param name      the channel name on the wire, e.g. {@code ticker}, {@code candle1m}, {@code orders}
 * @param socket    the socket serving it
 * @param instTypes the instTypes it is offered for, as Bitget spells them
 * @param target    the arg field naming what is watched: {@code instId}, {@code coin}, {@code symbol} or {@code none}
 * @param allValue  the target value meaning every symbol or coin (e.g. {@code default}), or null when there is none
 * @param pushType  the record each element of a push's {@code data} decodes into
 */
public record WsChannelSpec(String name, WsKey socket, List<String> instTypes, String target,
                            @Nullable String allValue, Class<?> pushType) {

    /** Copies the instTypes into an immutable list. */
    public WsChannelSpec {
        instTypes = List.copyOf(instTypes);
    }

    /**
     * Whether {@code instType} (as Bitget spells it) is one this channel is offered for.
     *
     * @param instType the instType, as Bitget spells it
     * @return true when the channel is offered for it
     */
    public boolean offers(String instType) {
        return instTypes.contains(instType);
    }

    /**
     * The spec of {@code name} for {@code instType} among {@code specs}.
     *
     * @param specs the channels to search, e.g. {@code ChannelsV2.ALL}
     * @param version {@code V2} or {@code V3}, for the error message
     * @param name the channel name
     * @param instType the instType, as Bitget spells it
     * @return the spec
     * @throws BitgetValidationException naming the valid channels, or the valid instTypes of the channel
     */
    public static WsChannelSpec find(Collection<WsChannelSpec> specs, String version, String name, String instType) {
        var names = new TreeSet<String>();
        var instTypes = new TreeSet<String>();
        for (WsChannelSpec spec : specs) {
            names.add(spec.name());
            if (spec.name().equals(name)) {
                if (spec.offers(instType)) {
                    return spec;
                }
                instTypes.addAll(spec.instTypes());
            }
        }
        if (instTypes.isEmpty()) {
            throw new BitgetValidationException(version + " has no channel \"" + name + "\"; the channels are " + names
                    + " (a channel newer than this SDK: WsTopic" + version + ".unlisted(...))");
        }
        throw new BitgetValidationException(version + " channel " + name + " is offered for instType " + instTypes
                + ", not \"" + instType + "\"");
    }
}
