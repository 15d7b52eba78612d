package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.Sentence;

/**
 * The mention finder used by the pipeline: catalog names (with model versions written after a
 * family name), then names found by English cues, then names the document itself introduces as
 * another name of an entity ("Foo Labs (FL)", "Zhang San (张三)"). Overlaps are settled longest
 * first, catalog before cue. Thread-safe.
 */
public final class CatalogMentionFinder implements MentionFinder {
    private static final Pattern PAREN_ALIAS = Pattern.compile(
            "\\G\\s?[(（]([\\p{Lu}][\\p{Lu}\\d&]{1,7}|[\\p{IsHan}]{2,10})[)）]");
    private static final Comparator<Mention> PRIORITY = Comparator
            .comparingInt((Mention m) -> m.begin() - m.end())
            .thenComparing(m -> !m.fromCatalog())
            .thenComparingInt(Mention::begin);

    private final Catalog catalog;

    public CatalogMentionFinder(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Mention> find(AnalyzedDocument document) {
        String text = document.text();
        List<Mention> all = new ArrayList<>();
        for (Sentence s : document.sentences()) {
            List<Mention> candidates = new ArrayList<>(catalogMentions(text, s));
            candidates.addAll(CueNames.find(text, s));
            all.addAll(select(candidates));
        }
        return withLocalAliases(document, all);
    }

    private List<Mention> catalogMentions(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        for (NameIndex.NameMatch m : catalog.names().find(text, s.begin(), s.end())) {
            CatalogEntry entry = catalog.entry(m.key()).orElseThrow();
            VersionSuffix.Found v = entry.type() == EntityType.MODEL
                    ? VersionSuffix.at(text, m.end(), s.end()) : null;
            if (v == null) {
                out.add(new Mention(m.begin(), m.end(), text.substring(m.begin(), m.end()), m.key(),
                        entry.type(), null, null, true));
            } else {
                out.add(new Mention(m.begin(), v.end(), text.substring(m.begin(), v.end()),
                        Keys.versionKey(m.key(), v.version()), EntityType.MODEL, m.key(),
                        v.version(), true));
            }
        }
        return out;
    }

    private static List<Mention> select(List<Mention> candidates) {
        candidates.sort(PRIORITY);
        List<Mention> chosen = new ArrayList<>();
        for (Mention c : candidates) {
            if (chosen.stream().noneMatch(c::overlaps)) {
                chosen.add(c);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::begin));
        return chosen;
    }

    private List<Mention> withLocalAliases(AnalyzedDocument document, List<Mention> found) {
        String text = document.text();
        Map<String, Mention> aliases = new TreeMap<>();
        for (Mention m : found) {
            Matcher a = PAREN_ALIAS.matcher(text).region(m.end(), text.length());
            if (a.find() && catalog.names().find(a.group(1), 0, a.group(1).length()).isEmpty()) {
                aliases.putIfAbsent(a.group(1), m);
            }
        }
        if (aliases.isEmpty()) {
            return found;
        }
        List<Mention> all = new ArrayList<>(found);
        for (Sentence s : document.sentences()) {
            for (Map.Entry<String, Mention> alias : aliases.entrySet()) {
                addAliasMentions(text, s, alias.getKey(), alias.getValue(), all);
            }
        }
        all.sort(Comparator.comparingInt(Mention::begin));
        return all;
    }

    private static void addAliasMentions(String text, Sentence s, String alias, Mention target,
                                         List<Mention> all) {
        Matcher m = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(alias) + "(?![\\p{L}\\d])")
                .matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            Mention extra = new Mention(m.start(), m.end(), alias, target.key(), target.type(),
                    target.familyKey(), target.version(), target.fromCatalog());
            if (all.stream().noneMatch(extra::overlaps)) {
                all.add(extra);
            }
        }
    }
}
