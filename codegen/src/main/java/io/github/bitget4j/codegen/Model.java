package io.github.bitget4j.codegen;

import java.util.List;
import java.util.Map;

/** The parsed endpoint model: every file, and the global names they declare. */
record Model(List<ModelFile> files, Map<String, EnumDef> enums, Map<String, TypeDef> types) {

    /** One model file: an area's header, and what it declares in source order. */
    record ModelFile(String path, String version, String area, String doc, String interfaceName,
                     String modelsPackage, List<EnumDef> enums, List<TypeDef> types, List<EndpointDef> endpoints,
                     String channelsClass, List<ChannelDef> channels) {

        /** Simple name of the interface, or null for a file that declares shared types only. */
        String interfaceSimpleName() {
            return interfaceName == null ? null : interfaceName.substring(interfaceName.lastIndexOf('.') + 1);
        }

        String interfacePackage() {
            return interfaceName.substring(0, interfaceName.lastIndexOf('.'));
        }

        /** The class holding the area's Endpoint constants, e.g. FuturesTradeApiV2 -> FuturesTradeEndpointsV2. */
        String constantsClass() {
            return interfaceSimpleName().replace("Api", "Endpoints");
        }

        /** Whether the file declares WebSocket channels (its types are push records, not REST responses). */
        boolean hasChannels() {
            return !channels.isEmpty();
        }
    }

    /**
     * One WebSocket channel (V2) or topic (V3), for the instTypes listed: see MODEL-FORMAT.md, section Channels.
     *
     * @param wire         the channel name on the wire; {@code candle{interval}} when the interval is part of it
     * @param method       the Java factory name
     * @param target       {@code instId}, {@code coin}, {@code symbol} or {@code none}: the arg field naming what is watched
     * @param allValue     the target value meaning "all" (e.g. {@code default}), or null when the target is required
     * @param intervalEnum the enum of the interval parameter, or null
     * @param intervalIn   {@code name} (part of the channel name) or {@code arg} (its own arg field), or null
     */
    record ChannelDef(String wire, String method, boolean isPrivate, String push, String instTypeEnum,
                      List<String> instTypes, String target, String allValue, String intervalEnum, String intervalIn,
                      String doc, String file, int line) {
    }

    record EnumDef(String name, String pkg, String doc, List<EnumValue> values, String file) {
    }

    record EnumValue(String constant, String wire, String doc) {
    }

    enum TypeKind { RESPONSE, ARRAY, CUSTOM, REQUEST }

    record TypeDef(String name, String pkg, String doc, TypeKind kind, List<FieldDef> fields, List<Rule> rules,
                   List<Factory> factories, String file) {

        boolean isRequest() {
            return kind == TypeKind.REQUEST;
        }
    }

    /**
     * One field. {@code optional} means nullable in a response and not required in a request.
     * {@code type} is the model's spelling without the {@code !}/{@code ?} marker.
     */
    record FieldDef(String name, String wire, String type, boolean optional, List<String> flags, String doc) {

        String flagValue(String key) {
            for (String flag : flags) {
                if (flag.startsWith(key + "=")) {
                    return flag.substring(key.length() + 1);
                }
            }
            return null;
        }
    }

    /** A cross-field check: kind is requireIf, requireUnless, eachRequireIf or either. */
    record Rule(String kind, List<String> args, String message) {
    }

    /** A static factory: the fields it takes as parameters, and fields it sets to a fixed enum or text value. */
    record Factory(String name, List<String> params, Map<String, String> fixed, String doc) {
    }

    /** {@code pageOptions}: items=, next=, param= of the page line (see MODEL-FORMAT.md). */
    record EndpointDef(String name, String method, String path, String auth, String doc, LimitDef limit, String page,
                       Map<String, String> pageOptions, String custom, String request, boolean requestIsList,
                       String response, String file, int line) {
    }

    /**
     * A rate limit: {@code count} requests per {@code windowSeconds}, per {@code scope} ({@code uid} or {@code ip}),
     * in a budget shared by every endpoint of the same {@code group} (null: the endpoint's own budget).
     * {@code documented} is false for the SDK's conservative default where Bitget documents none.
     */
    record LimitDef(int count, int windowSeconds, String scope, String group, boolean documented) {
    }
}
