package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.Sentence;

/**
 * Names a document introduces once and then uses anywhere: every name found by a cue ("Magpie 3"
 * after "released Magpie 3"), the short form of a company name ("Corvid" for "Corvid Labs"), a
 * person's surname ("Nguyen" for "Rachel Nguyen"), a model's name without its maker's ("Arctic" for
 * "Snowflake Arctic" when the document names Snowflake) and an alias given in parentheses ("Foo Labs
 * (FL)", "Zhang San (张三)"); a cue organization found in such a short form stands for the full
 * name. In: the document and the mentions found sentence by sentence. Out:
 * those mentions plus every further occurrence of these names where nothing else was found, in
 * text order. A short form claimed by two entities is not used.
 */
final class DocumentNames {
    private static final Pattern PAREN_ALIAS = Pattern.compile(
            "\\G\\s?[(（]([\\p{Lu}][\\p{Lu}\\d&]{1,7}|[\\p{IsHan}]{2,10})[)）]");

    private DocumentNames() { }

    static List<Mention> complete(AnalyzedDocument document, List<Mention> cueFound, NameIndex catalogNames) {
        String text = document.text();
        Map<String, Mention> names = shortForms(cueFound, catalogNames);
        for (Mention m : cueFound) {
            Matcher a = PAREN_ALIAS.matcher(text).region(m.end(), text.length());
            if (a.lookingAt() && m.type().isOrganization() && catalogNames.find(a.group(1), 0, a.group(1).length()).isEmpty()) {
                names.putIfAbsent(a.group(1), m);
            }
        }
        List<Mention> found = cueFound.stream().map(m -> asFullName(m, names, catalogNames)).toList();
        for (Mention m : found) {
            if (!m.fromCatalog()) {
                names.putIfAbsent(m.surface(), m);
            }
            Matcher a = PAREN_ALIAS.matcher(text).region(m.end(), text.length());
            if (a.lookingAt() && catalogNames.find(a.group(1), 0, a.group(1).length()).isEmpty()) {
                names.putIfAbsent(a.group(1), m);
            }
        }
        List<Mention> all = new ArrayList<>(found);
        Taken taken = new Taken(found);
        names.forEach((surface, target) -> addOccurrences(document, surface, target, all, taken));
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }

    /** The short forms of the names found, each with the mention it stands for; ambiguous ones left out. */
    private static Map<String, Mention> shortForms(List<Mention> found, NameIndex catalogNames) {
        Map<String, String> keys = new HashMap<>();
        for (Mention m : found) {
            if (!m.fromCatalog()) {
                shortForm(m).or(() -> unbranded(m, found))
                        .ifPresent(s -> keys.merge(s, m.key(), (a, b) -> a.equals(b) ? a : ""));
            }
        }
        Map<String, Mention> byKey = new HashMap<>();
        found.forEach(m -> byKey.putIfAbsent(m.key(), m));
        Map<String, Mention> names = new TreeMap<>();
        keys.forEach((s, key) -> {
            if (!key.isEmpty() && catalogNames.keyOf(s) == null) {
                names.put(s, byKey.get(key));
            }
        });
        return names;
    }

    /**
     * A cue organization written in the short form of a longer name ("rival Corvid" for "Corvid
     * Labs" in the document, "start-up Foo" for a known "Foo AI"): that name's entity.
     */
    private static Mention asFullName(Mention m, Map<String, Mention> names, NameIndex catalogNames) {
        if (m.fromCatalog() || !m.type().isOrganization() || m.surface().indexOf(' ') >= 0) {
            return m;
        }
        Mention full = names.get(m.surface());
        if (full != null && full.type().isOrganization()) {
            return new Mention(m.begin(), m.end(), m.surface(), full.key(), full.type(), null, null, false);
        }
        for (String suffix : OrganizationCues.COMPANY_SUFFIX) {
            String known = catalogNames.keyOf(m.surface() + " " + suffix);
            if (known != null) {
                return new Mention(m.begin(), m.end(), m.surface(), known, EntityType.ORGANIZATION, null, null, false);
            }
        }
        return m;
    }

    /** "Corvid" for an organization "Corvid Labs", "Nguyen" for a person "Rachel Nguyen". */
    private static Optional<String> shortForm(Mention m) {
        String[] words = m.surface().split(" ");
        if (words.length < 2 || m.isVersion()) {
            return Optional.empty();
        }
        String candidate = null;
        if (m.type() == EntityType.PERSON) {
            candidate = words[words.length - 1];
        } else if (m.type().isOrganization() && isSuffix(words[words.length - 1])) {
            candidate = words[0];
        }
        boolean usable = candidate != null && candidate.length() >= 3 && Character.isUpperCase(candidate.charAt(0))
                && !NameWords.NOT_NAME_START.contains(candidate) && !NameWords.GENERIC_ADJECTIVES.contains(candidate);
        return usable ? Optional.of(candidate) : Optional.empty();
    }

    /** "Arctic" for a model "Snowflake Arctic" when "Snowflake" is an organization the document names. */
    private static Optional<String> unbranded(Mention m, List<Mention> found) {
        int space = m.surface().indexOf(' ');
        if (m.type() != EntityType.MODEL || m.isVersion() || space < 0) {
            return Optional.empty();
        }
        String brand = m.surface().substring(0, space);
        String rest = m.surface().substring(space + 1);
        boolean branded = found.stream().anyMatch(o -> o.type().isOrganization() && o.surface().equals(brand));
        boolean usable = rest.length() >= 3 && Character.isUpperCase(rest.charAt(0)) && !NameWords.NOT_NAME_START.contains(rest);
        return branded && usable ? Optional.of(rest) : Optional.empty();
    }

    private static boolean isSuffix(String word) {
        return OrganizationCues.COMPANY_SUFFIX.contains(word) || word.equals("Cloud");
    }

    private static void addOccurrences(AnalyzedDocument document, String surface, Mention target,
                                       List<Mention> all, Taken taken) {
        String text = document.text();
        for (int at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
            int end = at + surface.length();
            if (!bounded(text, at, end) || taken.overlaps(at, end) || !insideSentence(document, at, end)) {
                continue;
            }
            Mention m = new Mention(at, end, surface, target.key(), target.type(), target.familyKey(),
                    target.version(), target.fromCatalog(), target.variant());
            all.add(m);
            taken.add(m);
        }
    }

    private static boolean bounded(String text, int begin, int end) {
        return (begin == 0 || !Character.isLetterOrDigit(text.charAt(begin - 1)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.charAt(end))
                        || Character.isIdeographic(text.charAt(end)));
    }

    /** The sentence containing [begin, end), found by binary search (sentences are in text order). */
    private static boolean insideSentence(AnalyzedDocument document, int begin, int end) {
        List<Sentence> sentences = document.sentences();
        int low = 0;
        int high = sentences.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).begin() <= begin) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return high >= 0 && end <= sentences.get(high).end();
    }

    /**
     * The spans already taken by mentions, indexed by start, so that an overlap test costs a
     * lookup rather than a pass over every mention (documents can hold hundreds of thousands).
     */
    private static final class Taken {
        private final TreeMap<Integer, Integer> endByBegin = new TreeMap<>();
        private int longest;

        Taken(List<Mention> mentions) {
            mentions.forEach(this::add);
        }

        void add(Mention m) {
            endByBegin.merge(m.begin(), m.end(), Math::max);
            longest = Math.max(longest, m.end() - m.begin());
        }

        boolean overlaps(int begin, int end) {
            for (int taken : endByBegin.subMap(begin - longest, true, end, false).values()) {
                if (taken > begin) {
                    return true;
                }
            }
            return false;
        }
    }
}
