package org.newsgraph.mention;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.WordLists;

/**
 * Products named by the kind of thing they are: capitalised words between "the" (or "its", or a
 * possessive) and a product noun ("the Halcyon Studio app", "Foo Cloud's Bar platform", "the
 * Colossus supercomputer"), and hardware codes: one to three capitals and two to four digits
 * ("QX100", "ZR300X", "KB300"; not the prefixes of list {@code not-product-code-prefixes}). In: one
 * sentence; out: candidate product mentions (the name without the noun).
 */
final class ProductCues {
    private static final Pattern PRODUCT = Pattern.compile("(?:\\b(?:the|its|their|own)|'s|’s)\\s+((?:\\p{Lu}[\\p{L}\\d-]*"
            + "[\\p{L}\\d]\\s){1,3})(?:app|apps|platform|supercomputer|chatbot|assistant|browser|cloud service|"
            + "chips?|processors?|GPUs?|accelerators?|cluster|marketplace|store|service)\\b");

    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d.-])(\\p{Lu}{1,3})\\d{2,4}\\p{Lu}?(?![\\p{L}\\d-])");
    private static final Set<String> NOT_CODES = WordLists.set("not-product-code-prefixes");

    private ProductCues() { }

    static void find(String text, Sentence s, List<Mention> out) {
        Matcher m = PRODUCT.matcher(text).region(s.begin(), s.end());
        while (m.find()) {
            String name = m.group(1).strip();
            if (!NameWords.NOT_NAME_START.contains(NameWords.firstWord(name))
                    && !OrganizationCues.COMPANY_SUFFIX.contains(name.substring(name.lastIndexOf(' ') + 1))) {
                out.add(new Mention(m.start(1), m.start(1) + name.length(), name, Keys.slug(name),
                        EntityType.PRODUCT, null, null, false));
            }
        }
        Matcher code = CODE.matcher(text).region(s.begin(), s.end());
        while (code.find()) {
            if (!NOT_CODES.contains(code.group(1))) {
                out.add(new Mention(code.start(), code.end(), code.group(), Keys.slug(code.group()),
                        EntityType.PRODUCT, null, null, false));
            }
        }
    }
}
