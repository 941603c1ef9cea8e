package io.github.bitget4j.codegen;

import java.util.List;
import java.util.Map;

/** The parsed endpoint model: every file, and the global names they declare. */
record Model(List<ModelFile> files, Map<String, EnumDef> enums, Map<String, TypeDef> types) {

    /** One model file: an area's header, and what it declares in source order. */
    record ModelFile(String path, String version, String area, String doc, String interfaceName,
                     String modelsPackage, List<EnumDef> enums, List<TypeDef> types, List<EndpointDef> endpoints) {

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
