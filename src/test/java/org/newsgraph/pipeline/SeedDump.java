package org.newsgraph.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.ClaimValue;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;
import org.newsgraph.resolve.ResolvedDocument;

/** Developer tool: prints the claims extracted from each seed (run with exec or from the IDE). */
public final class SeedDump {
    private SeedDump() { }

    public static void main(String[] args) throws Exception {
        DocumentProcessor p = DocumentProcessor.withCatalog(Path.of("ontology/catalog.ttl"));
        try (Stream<Path> files = Files.list(Path.of(args.length > 0 ? args[0] : "seeds")).sorted()) {
            for (Path f : files.toList()) {
                String id = f.getFileName().toString().replaceAll("\\.txt$", "");
                ResolvedDocument r = p.resolve(new Document(id, f.toString(), Files.readString(f),
                        DocumentMetadata.empty()));
                System.out.println("=== " + id + " published " + r.published());
                for (Claim c : r.claims()) {
                    System.out.println(describe(c, r));
                }
            }
        }
    }

    private static String describe(Claim c, ResolvedDocument r) {
        String v = c.object() instanceof ClaimValue.EntityValue ev ? ev.entity().key() : c.object().toString();
        String anchor = r.analysis().text().substring(c.evidence().begin(), c.evidence().end());
        return String.format("%-22s %-20s %-30s [%s %s %s] «%s»", c.subject().key(), c.relation(), v,
                c.rule(), c.status(), c.asOf() == null ? "" : c.asOf().edtf(), anchor);
    }
}
