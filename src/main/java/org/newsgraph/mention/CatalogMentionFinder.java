package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.WordLists;

/**
 * The mention finder used by the pipeline: catalog names (with model versions written after a
 * family name), then names found by English cues, then the further occurrences of names the
 * document introduces ({@link DocumentNames}). Overlaps are settled longest first, catalog before
 * cue, organizations before models, leaderboards, products and people. A cue model name that
 * starts with a known organization ("Foo Corp Bar 2") is read without it; a version whose
 * "family" is a known organization ("FooCorp-V4") is a model without family; a known model or
 * product followed by a company suffix ("Foo AI chatbot") is not a company; a cue organization
 * named like a known company without its suffix ("Foo" for "Foo AI") is that company. Thread-safe.
 */
public final class CatalogMentionFinder implements MentionFinder {
    private static final List<EntityType> TYPE_ORDER = List.of(EntityType.ORGANIZATION,
            EntityType.ORGANIZATION_UNIT, EntityType.MODEL, EntityType.LEADERBOARD, EntityType.PRODUCT,
            EntityType.PERSON);
    private static final Comparator<Mention> PRIORITY = Comparator
            .comparingInt((Mention m) -> m.begin() - m.end())
            .thenComparing(m -> !m.fromCatalog())
            .thenComparingInt(m -> TYPE_ORDER.indexOf(m.type()))
            .thenComparingInt(Mention::begin);

    private static final Set<String> LEGAL_SUFFIXES = WordLists.set("legal-suffixes");
    private final Catalog catalog;

    public CatalogMentionFinder(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Mention> find(AnalyzedDocument document) {
        String text = document.text();
        List<Mention> all = new ArrayList<>();
        Set<String> families = new HashSet<>();
        for (Sentence s : document.sentences()) {
            List<Mention> candidates = new ArrayList<>(catalogMentions(text, s));
            for (Mention cue : CueNames.find(text, s)) {
                Mention fixed = withoutKnownOrganization(text, cue);
                if (fixed != null) {
                    candidates.add(fixed);
                }
            }
            ModelShapes.find(text, s, key -> families.contains(key) || isModelFamily(key), candidates);
            candidates.replaceAll(m -> NamedTiers.extend(text, ModelShapes.withVariants(text,
                    ModelShapes.versionedOrganization(text, m, s.end()), s.end()), s.end()));
            List<Mention> chosen = select(candidates);
            TableCells.addModelCells(document.sentences(), s, chosen);
            PossessedNames.add(text, s, chosen);
            all.addAll(chosen);
            chosen.stream().filter(m -> m.type() == EntityType.MODEL && m.isVersion() && !m.variant())
                    .forEach(m -> families.add(m.familyKey()));
        }
        return ShortCodes.resolve(DocumentNames.complete(document, all, catalog.names()));
    }

    private List<Mention> catalogMentions(String text, Sentence s) {
        List<Mention> out = new ArrayList<>();
        for (NameIndex.NameMatch m : catalog.names().find(text, s.begin(), s.end())) {
            CatalogEntry entry = catalog.entry(m.key()).orElseThrow();
            VersionSuffix.Found v = entry.type() == EntityType.MODEL
                    ? VersionSuffix.at(text, m.end(), s.end()) : null;
            VersionSuffix.Found code = entry.type().isOrganization() ? VersionSuffix.codeAt(text, m.end(), s.end()) : null;
            if (code != null) {
                out.add(new Mention(m.begin(), code.end(), text.substring(m.begin(), code.end()),
                        Keys.versionKey(m.key(), code.version()), EntityType.MODEL, null, null, true));
            } else if (v == null) {
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

    private boolean isModelFamily(String key) {
        return catalog.entry(key).map(e -> e.type() == EntityType.MODEL).orElse(false);
    }

    /** The cue mention read without a leading known organization name; null when nothing is left. */
    private Mention withoutKnownOrganization(String text, Mention cue) {
        if (!cue.isVersion()) {
            return namesKnownArtifact(cue) ? null : asKnownCompany(cue);
        }
        CatalogEntry family = catalog.entry(cue.familyKey()).orElse(null);
        if (family != null && family.type() != EntityType.MODEL) {
            return new Mention(cue.begin(), cue.end(), cue.surface(), cue.key(), EntityType.MODEL, null, null, false);
        }
        int familyEnd = cue.end() - cue.version().length() - 1;
        for (NameIndex.NameMatch m : catalog.names().find(text, cue.begin(), familyEnd)) {
            boolean organization = catalog.entry(m.key()).map(e -> e.type().isOrganization()).orElse(false);
            if (m.begin() == cue.begin() && organization && m.end() < familyEnd && text.charAt(m.end()) == ' ') {
                String familyName = text.substring(m.end() + 1, familyEnd);
                String familyKey = Keys.slug(familyName);
                return new Mention(m.end() + 1, cue.end(), text.substring(m.end() + 1, cue.end()),
                        Keys.versionKey(familyKey, cue.version()), EntityType.MODEL, familyKey, cue.version(), false);
            }
        }
        return cue;
    }

    /**
     * A cue organization that is a known company's name without its suffix ("Foo" for a catalog
     * "Foo AI") or with a legal suffix ("Foo Inc" for a catalog "Foo", list {@code legal-suffixes})
     * read as that company; other mentions as they are.
     */
    private Mention asKnownCompany(Mention cue) {
        if (!cue.type().isOrganization()) {
            return cue;
        }
        for (String suffix : OrganizationCues.COMPANY_SUFFIX) {
            Mention known = asCatalogOrganization(cue, cue.surface() + " " + suffix);
            if (known != null) {
                return known;
            }
        }
        int cut = cue.surface().lastIndexOf(' ');
        if (cut > 0 && LEGAL_SUFFIXES.contains(cue.surface().substring(cut + 1))) {
            Mention known = asCatalogOrganization(cue, cue.surface().substring(0, cut).replaceAll(",$", ""));
            if (known != null) {
                return known;
            }
        }
        return cue;
    }

    /** The cue's span as the catalog organization called {@code name}, or null when there is none. */
    private Mention asCatalogOrganization(Mention cue, String name) {
        String key = catalog.names().keyOf(name);
        CatalogEntry entry = key == null ? null : catalog.entry(key).orElse(null);
        return entry != null && entry.type().isOrganization()
                ? new Mention(cue.begin(), cue.end(), cue.surface(), key, entry.type(), null, null, false) : null;
    }

    /** Whether a cue organization is a known model or product with a suffix ("Foo AI chatbot"). */
    private boolean namesKnownArtifact(Mention cue) {
        int cut = cue.surface().lastIndexOf(' ');
        if (!cue.type().isOrganization() || cut < 0) {
            return false;
        }
        String key = catalog.names().keyOf(cue.surface().substring(0, cut));
        return key != null && catalog.entry(key).map(e -> e.type().isArtifact()).orElse(false);
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
}
