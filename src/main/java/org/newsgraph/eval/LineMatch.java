package org.newsgraph.eval;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * Whether an extracted line states a gold fact (see eval/README.md): equal subject, property and
 * value, where stated and reported count as one status but planned and rumoured must agree;
 * {@code comparedWith} is symmetric; measurements compare the number and the unit's last word;
 * roles compare titles ignoring case and abbreviations ({@link TitleForms}), and an extracted role without organization matches a gold
 * role with the same title; texts compare ignoring case.
 */
final class LineMatch {
    private LineMatch() { }

    /** Whether {@code found} matches {@code gold}. */
    static boolean matches(GoldLine gold, GoldLine found) {
        if (!gold.property().equals(found.property())
                || !statusClass(gold.status()).equals(statusClass(found.status()))) {
            return false;
        }
        boolean sameSubject = gold.subject().equals(found.subject());
        return switch (gold.property()) {
            case "comparedWith" -> sameSubject && gold.value().equals(found.value())
                    || gold.subject().equals(found.value()) && gold.value().equals(found.subject());
            case "measurement" -> sameSubject && sameMeasurement(gold.value(), found.value());
            case "hasRole" -> sameSubject && sameRole(gold.value(), found.value());
            case "capability", "altLabel" -> sameSubject && gold.value().equalsIgnoreCase(found.value());
            default -> sameSubject && gold.value().equals(found.value());
        };
    }

    private static String statusClass(String status) {
        return status.equals("reported") ? "stated" : status;
    }

    private static boolean sameMeasurement(String gold, String found) {
        String[] g = gold.split("#", -1);
        String[] f = found.split("#", -1);
        if (g.length < 2 || f.length < 2) {
            return false;
        }
        try {
            return new BigDecimal(g[0]).compareTo(new BigDecimal(f[0])) == 0
                    && headWord(g[1]).equals(headWord(f[1]));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static String headWord(String unit) {
        String u = unit.strip().toLowerCase(Locale.ROOT);
        String last = u.substring(u.lastIndexOf(' ') + 1);
        return last.length() > 3 && last.endsWith("s") ? last.substring(0, last.length() - 1) : last;
    }

    private static boolean sameRole(String gold, String found) {
        int g = gold.indexOf('@');
        int f = found.indexOf('@');
        if (g < 0 || f < 0 || !TitleForms.same(gold.substring(0, g), found.substring(0, f))) {
            return false;
        }
        String goldRest = gold.substring(g + 1);
        String foundRest = found.substring(f + 1);
        boolean formerAgrees = goldRest.endsWith("+former") == foundRest.endsWith("+former");
        return formerAgrees && (goldRest.equals(foundRest) || foundRest.replace("+former", "").isEmpty());
    }
}
