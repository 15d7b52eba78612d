package org.newsgraph.mention;

import java.text.Normalizer;
import java.util.Locale;

/** Makes entity keys (the last IRI segment) from names: lowercase, letters and digits, '-' between. */
public final class Keys {
    private Keys() { }

    /** {@code "Foo Bar Labs"} becomes {@code foo-bar-labs}; CJK names are kept as they are. */
    public static String slug(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean dash = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp) || cp == '.') {
                if (dash && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(cp);
                dash = false;
            } else {
                dash = true;
            }
        }
        String s = out.toString().replaceAll("^\\.+|\\.+$", "");
        return s.length() > 100 ? s.substring(0, 100) : s;
    }

    /** The key of version {@code version} of the model family with key {@code familyKey}. */
    public static String versionKey(String familyKey, String version) {
        return familyKey + "-" + version;
    }
}
