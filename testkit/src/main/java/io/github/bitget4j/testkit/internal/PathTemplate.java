package io.github.bitget4j.testkit.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A path with {@code {name}} segments, e.g. {@code /api/v2/margin/{marginType}/account/assets}. A segment matches
 * letters, digits, {@code -} and {@code _} only, so the reference SDK's literal {@code ${marginType}} finds no
 * route, as on Bitget.
 */
record PathTemplate(String template, Pattern pattern, List<String> names) {

    private static final Pattern SEGMENT = Pattern.compile("\\{([A-Za-z0-9_]+)}");

    static boolean isTemplate(String path) {
        return path.indexOf('{') >= 0;
    }

    static PathTemplate of(String template) {
        var names = new ArrayList<String>();
        var regex = new StringBuilder();
        Matcher m = SEGMENT.matcher(template);
        int last = 0;
        while (m.find()) {
            regex.append(Pattern.quote(template.substring(last, m.start()))).append("([A-Za-z0-9_-]+)");
            names.add(m.group(1));
            last = m.end();
        }
        regex.append(Pattern.quote(template.substring(last)));
        return new PathTemplate(template, Pattern.compile(regex.toString()), List.copyOf(names));
    }

    /** The segment values by name, or null when the path does not fit. */
    @Nullable Map<String, String> match(String path) {
        Matcher m = pattern.matcher(path);
        if (!m.matches()) {
            return null;
        }
        var values = new LinkedHashMap<String, String>();
        for (int i = 0; i < names.size(); i++) {
            values.put(names.get(i), m.group(i + 1));
        }
        return values;
    }
}
