package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.ClaimValue;
import org.newsgraph.mention.Catalog;
import org.newsgraph.mention.CatalogEntry;
import org.newsgraph.mention.EntityName;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;

/**
 * Turns a document's mentions into entities: one per key, named as the catalog names it (or, for
 * new entities, by the spelling the document uses most), with every spelling seen kept as another
 * name. Keys come from names only, so the result does not depend on reading order. Model versions
 * also bring their family. Thread-safe.
 */
public final class EntityResolver {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private final Catalog catalog;

    public EntityResolver(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The entities behind the mentions and the claims' entity values, sorted by key. */
    public List<Entity> resolve(List<Mention> mentions, List<Claim> claims) {
        Map<String, List<Mention>> byKey = new TreeMap<>();
        for (Mention m : allMentions(mentions, claims)) {
            byKey.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
            if (m.isVersion()) {
                byKey.computeIfAbsent(m.familyKey(), k -> new ArrayList<>());
            }
        }
        List<Entity> out = new ArrayList<>();
        byKey.forEach((key, seen) -> entity(key, seen).ifPresent(out::add));
        return out;
    }

    private static List<Mention> allMentions(List<Mention> mentions, List<Claim> claims) {
        List<Mention> all = new ArrayList<>(mentions);
        for (Claim c : claims) {
            all.add(c.subject());
            if (c.object() instanceof ClaimValue.EntityValue ev) {
                all.add(ev.entity());
            } else if (c.object() instanceof ClaimValue.RankingValue rv) {
                all.add(rv.leaderboard());
            } else if (c.object() instanceof ClaimValue.RoleValue rv && rv.organization() != null) {
                all.add(rv.organization());
            }
        }
        return all;
    }

    private Optional<Entity> entity(String key, List<Mention> seen) {
        Optional<CatalogEntry> entry = catalog.entry(key);
        if (entry.isPresent()) {
            return Optional.of(fromCatalog(entry.get(), seen));
        }
        Mention version = seen.stream().filter(Mention::isVersion).findFirst().orElse(null);
        if (version != null) {
            return Optional.of(versionEntity(key, version, seen));
        }
        if (seen.isEmpty()) {
            return Optional.empty();
        }
        String label = mostFrequentSurface(seen);
        return Optional.of(new Entity(key, typeOf(seen), label, names(label, seen, List.of()), null,
                null, null));
    }

    private static Entity fromCatalog(CatalogEntry e, List<Mention> seen) {
        List<EntityName> names = new ArrayList<>(e.names().stream()
                .filter(n -> n.kind() != EntityName.Kind.HIDDEN).toList());
        return new Entity(e.key(), e.type(), e.label(), names(e.label(), seen, names), e.wikidata(),
                null, null);
    }

    /** A catalog family's version is named "Family 1.0"; an unknown one as the text writes it. */
    private Entity versionEntity(String key, Mention version, List<Mention> seen) {
        String label = catalog.entry(version.familyKey())
                .map(family -> family.label() + " " + version.version())
                .orElseGet(() -> mostFrequentSurface(seen));
        return version.variant()
                ? new Entity(key, EntityType.MODEL, label, names(label, seen, List.of()), null, null, null)
                : new Entity(key, EntityType.MODEL, label, names(label, seen, List.of()), null,
                        version.familyKey(), version.version());
    }

    private static List<EntityName> names(String label, List<Mention> seen, List<EntityName> known) {
        List<EntityName> names = new ArrayList<>(known);
        if (known.isEmpty()) {
            names.add(new EntityName(label, language(label), EntityName.Kind.PREFERRED));
        }
        Set<String> have = new LinkedHashSet<>();
        names.forEach(n -> have.add(n.text()));
        seen.stream().map(Mention::surface).sorted().distinct().filter(have::add)
                .forEach(s -> names.add(new EntityName(s, language(s), EntityName.Kind.ALTERNATIVE)));
        return names;
    }

    private static String language(String name) {
        return HAN.matcher(name).find() ? "zh" : "en";
    }

    private static String mostFrequentSurface(List<Mention> seen) {
        Map<String, Integer> counts = new TreeMap<>();
        seen.forEach(m -> counts.merge(m.surface(), 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Integer> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .orElseThrow().getKey();
    }

    private static EntityType typeOf(List<Mention> seen) {
        Map<EntityType, Integer> counts = new TreeMap<>();
        seen.forEach(m -> counts.merge(m.type(), 1, Integer::sum));
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }
}
