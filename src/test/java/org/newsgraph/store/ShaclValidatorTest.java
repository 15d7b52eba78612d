package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShaclValidatorTest {
    @TempDir
    Path dir;

    private Path shapes(String propertyConstraint) throws Exception {
        Path file = dir.resolve("shapes.ttl");
        Files.writeString(file, """
                @prefix sh: <http://www.w3.org/ns/shacl#> .
                @prefix ng: <https://w3id.org/newsgraph/ontology#> .
                ng:ModelShape a sh:NodeShape ; sh:targetClass ng:Model ;
                  sh:property [ sh:path ng:developedBy ; %s ] .
                """.formatted(propertyConstraint));
        return file;
    }

    @Test
    void conformingDataGivesAnEmptyReport() throws Exception {
        ShaclReport report = ShaclValidator.fromFile(shapes("sh:maxCount 1")).validate(TestGraphs.documentA());
        assertTrue(report.conforms());
        assertEquals(0, report.violations().size());
    }

    @Test
    void eachViolationIsOneLineWithFocusNodeAndPath() throws Exception {
        ShaclReport report = ShaclValidator.fromFile(shapes("sh:minCount 2")).validate(TestGraphs.documentB());
        assertFalse(report.conforms());
        assertEquals(1, report.violations().size());
        String line = report.violations().get(0);
        assertTrue(line.startsWith("violation: id:seedance ng:developedBy: "), line);
        assertFalse(line.contains("\n"));
    }

    @Test
    void unreadableShapesFileIsAStoreError() throws Exception {
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "this is not turtle");
        StoreException e = assertThrows(StoreException.class, () -> ShaclValidator.fromFile(broken));
        assertTrue(e.getMessage().startsWith("bad shapes file"), e.getMessage());
        assertThrows(StoreException.class, () -> ShaclValidator.fromFile(dir.resolve("none.ttl")));
    }
}
