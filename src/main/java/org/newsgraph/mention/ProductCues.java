package org.newsgraph.mention;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;

/**
 * Products named by the kind of thing they are: capitalised words between "the" (or "its", or a
 * possessive) and a product noun ("the Halcyon Studio app", "Foo Cloud's Bar platform", "the
 * Colossus supercomputer"). In: one sentence; out: candidate product mentions (the name without the noun).
 */
final class ProductCues {
    private static final Pattern PRODUCT = Pattern.compile("(?:\\b(?:the|its|their|own)|'s|’s)\\s+((?:\\p{Lu}[\\p{L}\\d-]*"
            + "[\\p{L}\\d]\\s){1,3})(?:app|apps|platform|supercomputer|chatbot|assistant|browser|cloud service|"
            + "chips?|processors?|GPUs?|accelerators?|cluster|marketplace|store|service)\\b");

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
    }
}
