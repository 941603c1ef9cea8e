package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds a PEM key the way users paste it (from an environment variable, JSON, YAML, a web page) into
 * canonical PEM text for Bouncy Castle's {@code PEMParser}, which is strict about line structure.
 *
 * <p>Forgives: surrounding whitespace or quotes, CRLF or CR line ends, literal two-character {@code \n}
 * sequences, indented lines, and newlines collapsed into spaces. Rejects, with a message that names the
 * problem but never the content: text without a BEGIN line, a block without its END line, and base64
 * that is corrupted or cut short. Holds no Bouncy Castle types, so it runs before BC is touched.
 */
final class PemText {

    /** The canonical PEM and the labels of its blocks ({@code PRIVATE KEY}, {@code RSA PRIVATE KEY}, ...). */
    record CanonicalPem(String text, List<String> labels) {
        @Override
        public String toString() {
            return "CanonicalPem[labels=" + labels + "]";
        }
    }

    private static final Pattern BEGIN = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----");
    // RFC 1421 headers of OpenSSL's legacy encryption, e.g. "Proc-Type: 4,ENCRYPTED"; their values hold no
    // spaces, so they are found even when newlines were collapsed into spaces.
    private static final Pattern HEADER = Pattern.compile("\\G\\s*([A-Za-z][A-Za-z0-9-]*):[ \\t]*(\\S+)");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]*={0,2}");
    private static final int LINE_LENGTH = 64;

    private PemText() {
    }

    static CanonicalPem canonicalise(String secret) {
        String text = unescape(secret);
        StringBuilder canonical = new StringBuilder(text.length() + 64);
        List<String> labels = new ArrayList<>();
        Matcher begin = BEGIN.matcher(text);
        int from = 0;
        while (begin.find(from)) {
            String label = begin.group(1);
            String endLine = "-----END " + label + "-----";
            int end = text.indexOf(endLine, begin.end());
            if (end < 0 || text.substring(begin.end(), end).contains("-----BEGIN ")) {
                throw new SignerException("the PEM key is truncated: its line '" + endLine + "' is missing"
                        + " (was the key cut off when it was copied?)");
            }
            appendBlock(canonical, label, text.substring(begin.end(), end));
            labels.add(label);
            from = end + endLine.length();
        }
        if (labels.isEmpty()) {
            throw new SignerException("the secret is not a PEM private key: no line like"
                    + " '-----BEGIN PRIVATE KEY-----' was found (paste the whole key, BEGIN and END lines included)");
        }
        return new CanonicalPem(canonical.toString(), List.copyOf(labels));
    }

    private static String unescape(String secret) {
        String text = secret.strip();
        if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
                && text.charAt(text.length() - 1) == text.charAt(0)) {
            text = text.substring(1, text.length() - 1).strip();
        }
        return text.replace("\\r\\n", "\n").replace("\\n", "\n").replace("\\r", "\n")
                .replace("\r\n", "\n").replace('\r', '\n');
    }

    private static void appendBlock(StringBuilder out, String label, String inner) {
        out.append("-----BEGIN ").append(label).append("-----\n");
        Matcher header = HEADER.matcher(inner);
        int bodyStart = 0;
        while (header.find()) {
            out.append(header.group(1)).append(": ").append(header.group(2)).append('\n');
            bodyStart = header.end();
        }
        if (bodyStart > 0) {
            out.append('\n'); // a blank line ends the headers
        }
        String body = withoutWhitespace(inner.substring(bodyStart));
        if (body.isEmpty()) {
            throw new SignerException("the PEM block '" + label + "' is empty");
        }
        if (!BASE64.matcher(body).matches()) {
            throw new SignerException("the PEM block '" + label + "' is corrupted: its content has characters"
                    + " that base64 does not use");
        }
        if (body.length() % 4 != 0) {
            throw new SignerException("the PEM block '" + label + "' is truncated or corrupted: its base64"
                    + " content has a length that is not a multiple of 4");
        }
        for (int i = 0; i < body.length(); i += LINE_LENGTH) {
            out.append(body, i, Math.min(body.length(), i + LINE_LENGTH)).append('\n');
        }
        out.append("-----END ").append(label).append("-----\n");
    }

    // Also drops non-breaking spaces, which web pages and chat tools put into copied text.
    private static String withoutWhitespace(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
