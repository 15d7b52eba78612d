package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A bare model code ("R1", "V3") in a document that also writes the model's full name
 * ("Foo-R1") names that model: it gets the full name's key. When the document writes two full
 * names with the same code, or none, the code keeps its own key. In: the document's mentions;
 * out: the same mentions, codes resolved.
 */
final class ShortCodes {
    private static final Pattern CODE = Pattern.compile("[a-z]\\d{1,2}(?:\\.\\d)?");

    private ShortCodes() { }

    static List<Mention> resolve(List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            out.add(isCode(m) ? withFullName(m, mentions) : m);
        }
        return out;
    }

    private static boolean isCode(Mention m) {
        return m.type() == EntityType.MODEL && m.familyKey() == null && CODE.matcher(m.key()).matches();
    }

    private static Mention withFullName(Mention code, List<Mention> mentions) {
        Set<String> full = mentions.stream().filter(m -> m.type() == EntityType.MODEL && !m.variant()
                && m.key().endsWith("-" + code.key())).map(Mention::key).collect(Collectors.toSet());
        if (full.size() != 1) {
            return code;
        }
        Mention named = mentions.stream().filter(m -> m.key().equals(full.iterator().next())).findFirst().orElseThrow();
        return new Mention(code.begin(), code.end(), code.surface(), named.key(), EntityType.MODEL, named.familyKey(),
                named.version(), named.fromCatalog());
    }
}
