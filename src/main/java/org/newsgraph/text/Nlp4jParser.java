package org.newsgraph.text;

import edu.emory.mathcs.nlp.component.template.node.NLPNode;
import edu.emory.mathcs.nlp.decode.NLPDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Part of speech, lemmas and dependencies from NLP4J 1.1.3 (Apache 2.0), its English models read
 * from the {@code nlp4j-english} jar on the classpath. Only the tagger and the parser are loaded
 * (no named entities, no word embeddings): about 17 s and 1 GB of heap once per process, then
 * about 6,500 words per second on one thread. In: a {@link Sentence} with our own tokens (the
 * parser never re-tokenises, so the parse lines up with every other stage). Out: its parse, or
 * empty for a sentence longer than {@link #MAX_TOKENS} tokens (tables and run-on lists, which
 * the parser reads badly and slowly). The decoder is shared; decoding is thread-safe.
 */
public final class Nlp4jParser implements DependencyParser {
    /** Longest sentence parsed, in tokens. */
    public static final int MAX_TOKENS = 80;
    private static final String CONFIG = "org/newsgraph/text/nlp4j-decode.xml";
    private static final List<String> POSSESSIVE_ENDINGS = List.of("'s", "’s", "'", "’");

    private final NLPDecoder decoder;

    private Nlp4jParser(NLPDecoder decoder) {
        this.decoder = decoder;
    }

    /** Loads the tagger and parser models from the classpath; unchecked exception if they are missing. */
    public static Nlp4jParser load() {
        try (InputStream config = Nlp4jParser.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (config == null) {
                throw new IOException("configuration not on the classpath: " + CONFIG);
            }
            return new Nlp4jParser(new NLPDecoder(config));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the NLP4J models", e);
        }
    }

    @Override
    public Optional<DependencyParse> parse(Sentence sentence) {
        List<Token> tokens = sentence.tokens();
        if (tokens.isEmpty() || tokens.size() > MAX_TOKENS) {
            return Optional.empty();
        }
        List<String> forms = new ArrayList<>();
        List<Integer> owners = new ArrayList<>();
        int[] firstNode = new int[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            String text = tokens.get(i).text();
            int clitic = possessiveClitic(text);
            firstNode[i] = forms.size() + 1;
            forms.add(clitic > 0 ? text.substring(0, clitic) : text);
            owners.add(i);
            if (clitic > 0) {
                forms.add(text.substring(clitic));
                owners.add(i);
            }
        }
        NLPNode[] nodes = new NLPNode[forms.size() + 1];
        nodes[0] = new NLPNode().toRoot();
        for (int n = 0; n < forms.size(); n++) {
            nodes[n + 1] = new NLPNode(n + 1, forms.get(n));
        }
        decoder.decode(nodes);
        return Optional.of(toParse(nodes, owners, firstNode));
    }

    /**
     * Where a possessive ending glued to a token starts ("Inc.'s", "Robotics'"), which our tokenizer
     * keeps whole and the parser needs apart; -1 when there is none.
     */
    private static int possessiveClitic(String text) {
        for (String ending : POSSESSIVE_ENDINGS) {
            int at = text.length() - ending.length();
            if (at > 0 && text.endsWith(ending)
                    && (Character.isLetterOrDigit(text.charAt(at - 1)) || text.charAt(at - 1) == '.')) {
                return at;
            }
        }
        return -1;
    }

    /** The parse of our tokens: each token takes its first node; an arc into a token's own clitic goes on up. */
    private static DependencyParse toParse(NLPNode[] nodes, List<Integer> owners, int[] firstNode) {
        int n = firstNode.length;
        List<String> tags = new ArrayList<>(n);
        List<String> lemmas = new ArrayList<>(n);
        List<Integer> heads = new ArrayList<>(n);
        List<String> labels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            NLPNode node = nodes[firstNode[i]];
            tags.add(orEmpty(node.getPartOfSpeechTag()));
            String lemma = node.getLemma() == null ? node.getWordForm() : node.getLemma();
            lemmas.add(lemma.toLowerCase(Locale.ROOT));
            NLPNode head = node.getDependencyHead();
            int steps = 0;
            while (head != null && head.getID() > 0 && owners.get(head.getID() - 1) == i && steps++ < nodes.length) {
                head = head.getDependencyHead();
            }
            heads.add(head == null || head.getID() <= 0 ? -1 : owners.get(head.getID() - 1));
            labels.add(orEmpty(node.getDependencyLabel()));
        }
        return new DependencyParse(tags, lemmas, heads, labels);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
