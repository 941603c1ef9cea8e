package io.github.bitget4j.internal;

import io.github.bitget4j.errors.BitgetConfigurationException;
import io.github.bitget4j.spi.BitgetProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Picks one plugin deterministically: the explicitly named one (option, then system property, then
 * environment variable), else the usable, fitting provider with the highest priority (ties broken by name).
 * When nothing fits, the error lists every candidate and why it was skipped.
 */
public final class ProviderResolver<P extends BitgetProvider> {

    /** A candidate found by ServiceLoader, or the reason it could not be loaded. */
    record Candidate<P>(@Nullable P provider, String description) {
    }

    private final Class<P> type;
    private final String systemProperty;
    private final String environmentVariable;
    private final List<Candidate<P>> candidates;

    private ProviderResolver(Class<P> type, String systemProperty, String environmentVariable, List<Candidate<P>> candidates) {
        this.type = type;
        this.systemProperty = systemProperty;
        this.environmentVariable = environmentVariable;
        this.candidates = candidates;
    }

    /** Candidates from {@link ServiceLoader}; a provider that fails to load is recorded, not fatal. */
    public static <P extends BitgetProvider> ProviderResolver<P> load(Class<P> type, String systemProperty,
            String environmentVariable) {
        var found = new ArrayList<Candidate<P>>();
        Iterator<P> it = ServiceLoader.load(type).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                P provider = it.next();
                found.add(new Candidate<>(provider, provider.name()));
            } catch (ServiceConfigurationError e) {
                found.add(new Candidate<>(null, "failed to load: " + e.getMessage()));
            }
        }
        return new ProviderResolver<>(type, systemProperty, environmentVariable, found);
    }

    /** For tests and for callers that have their providers at hand. */
    public static <P extends BitgetProvider> ProviderResolver<P> of(Class<P> type, String systemProperty,
            String environmentVariable, List<P> providers) {
        return new ProviderResolver<>(type, systemProperty, environmentVariable,
                providers.stream().map(p -> new Candidate<>(p, p.name())).toList());
    }

    /** Every usable provider, best first; for contracts where all providers take part (exception parsers). */
    public List<P> allUsable() {
        var usable = new ArrayList<P>();
        for (Candidate<P> candidate : candidates) {
            P provider = candidate.provider();
            if (provider != null && provider.isUsable()) {
                usable.add(provider);
            }
        }
        usable.sort(byPriority());
        return usable;
    }

    /**
     * @param explicitName  the name chosen in the options, or null
     * @param fits          whether a provider can serve this configuration (e.g. supports the secret)
     * @param whyNotFitting the reason given for a provider that does not fit
     */
    public P resolve(@Nullable String explicitName, Predicate<P> fits, Function<P, String> whyNotFitting) {
        String named = explicitName != null ? explicitName : namedByEnvironment();
        String source = explicitName != null ? "the options" : systemProperty + "/" + environmentVariable;
        var skipped = new ArrayList<String>();
        P best = null;
        for (Candidate<P> candidate : candidates) {
            P provider = candidate.provider();
            if (provider == null) {
                skipped.add(candidate.description());
                continue;
            }
            String label = provider.name() + " (" + provider.getClass().getName() + ", priority " + provider.priority() + ")";
            if (named != null && !named.equals(provider.name())) {
                skipped.add(label + ": not the one named in " + source + " (\"" + named + "\")");
            } else if (!provider.isUsable()) {
                skipped.add(label + ": not usable: " + provider.unusableReason());
            } else if (!fits.test(provider)) {
                skipped.add(label + ": " + whyNotFitting.apply(provider));
            } else if (best == null || byPriority().compare(provider, best) < 0) {
                best = provider;
            }
        }
        if (best != null) {
            return best;
        }
        String tried = skipped.isEmpty()
                ? "none found on the class path or module path (" + hintWhenNoneFound(type) + ")"
                : String.join("; ", skipped);
        throw new BitgetConfigurationException("No " + type.getSimpleName() + " fits"
                + (named == null ? "" : " (asked for \"" + named + "\" by " + source + ")")
                + ". Tried: " + tried + ".");
    }

    private static String hintWhenNoneFound(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "SignerProvider" -> "add io.github.bitget4j:bitget4j-signers";
            case "HttpTransportProvider", "WebSocketTransportProvider" -> "add io.github.bitget4j:bitget4j-impl-jetty";
            default -> "add a jar that provides " + type.getName();
        };
    }

    private @Nullable String namedByEnvironment() {
        String value = System.getProperty(systemProperty);
        if (value == null || value.isBlank()) {
            value = System.getenv(environmentVariable);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static <P extends BitgetProvider> Comparator<P> byPriority() {
        return Comparator.<P>comparingInt(BitgetProvider::priority).reversed().thenComparing(BitgetProvider::name);
    }
}
