package org.newsgraph.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.newsgraph.eval.ClaimLines;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;
import org.newsgraph.pipeline.DocumentProcessor;

/**
 * Developer tool: runs the blocks of the case files given (see {@code src/test/rules/README.md})
 * and prints, per block, OK or FAIL, the lines missing or wrongly extracted and every claim line
 * extracted, to write and review cases.
 */
public final class RuleCasesDump {
    private RuleCasesDump() { }

    public static void main(String[] args) throws Exception {
        DocumentProcessor p = DocumentProcessor.withCatalog(Path.of("ontology/catalog.ttl"));
        for (String arg : args) {
            Path file = Path.of(arg);
            for (RuleCasesTest.Block b : RuleCasesTest.parse(file.getFileName().toString(), Files.readAllLines(file))) {
                Document doc = new Document("case-" + b.line(), b.toString(), b.text(),
                        new DocumentMetadata(null, null, null, RuleCasesTest.PUBLISHED));
                Set<String> got = p.resolve(doc).claims().stream().map(ClaimLines::line)
                        .collect(Collectors.toCollection(TreeSet::new));
                boolean ok = got.containsAll(b.expected()) && b.forbidden().stream().noneMatch(got::contains);
                System.out.println((ok ? "OK   " : "FAIL ") + b + "  " + b.text().replace("\n", " / "));
                b.expected().stream().filter(e -> !got.contains(e)).forEach(e -> System.out.println("   MISSING " + e));
                b.forbidden().stream().filter(got::contains).forEach(e -> System.out.println("   WRONG   " + e));
                got.forEach(g -> System.out.println("      " + g));
            }
        }
    }
}
