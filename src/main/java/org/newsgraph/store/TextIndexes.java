package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.newsgraph.rdf.Vocab;

/**
 * The full-text index of a store: a Lucene index (jena-text) in the folder {@value #FOLDER} inside
 * the store folder, joined to the TDB2 transactions so that every write through the returned
 * dataset updates it. Indexed: names ({@code rdfs:label}, {@code skos:altLabel}, Lucene field
 * {@value #NAMES}) and evidence text ({@code nif:anchorOf} of claims and sentences, field
 * {@value #EVIDENCE}); one Lucene document per quad, with its graph and a unique id, so removing
 * or replacing a graph removes its entries. In: a TDB2 dataset; out: the text-indexed dataset.
 */
final class TextIndexes {
    /** The index folder inside the store folder. */
    static final String FOLDER = "text-index";
    /** The Lucene field of names; the default field of {@code text:query}. */
    static final String NAMES = "names";
    /** The Lucene field of evidence text. */
    static final String EVIDENCE = "evidence";
    private static final List<Node> INDEXED = List.of(RDFS.label.asNode(), SKOS.altLabel.asNode(),
            Vocab.nif("anchorOf"));

    /** A text-indexed view of a dataset and the index behind it. */
    record Indexed(DatasetGraph dataset, TextIndex index) {
    }

    private TextIndexes() {
    }

    /** The mapping from predicates to Lucene fields. */
    static EntityDefinition definition() {
        EntityDefinition definition = new EntityDefinition("uri", NAMES, RDFS.label.asNode());
        definition.set(NAMES, SKOS.altLabel.asNode());
        definition.set(EVIDENCE, Vocab.nif("anchorOf"));
        definition.setUidField("uid");
        definition.setGraphField("graph");
        definition.setLangField("lang");
        return definition;
    }

    /**
     * Opens (or creates) the index in {@code folder} and wraps {@code storage} with it. A new index
     * over a store that already holds data is filled from the stored quads first.
     *
     * @throws StoreException if the index cannot be opened (for example, another store holds it)
     */
    static Indexed attach(DatasetGraph storage, Path folder) {
        try {
            Directory directory = FSDirectory.open(folder);
            boolean existed = DirectoryReader.indexExists(directory);
            TextIndexConfig config = new TextIndexConfig(definition());
            config.setValueStored(true);
            TextIndex index = TextDatasetFactory.createLuceneIndex(directory, config);
            if (!existed) {
                fill(storage, index);
            }
            return new Indexed(TextDatasetFactory.create(storage, index, false), index);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("cannot open the text index " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Indexes every stored quad with an indexed predicate (for stores built before the index). */
    private static void fill(DatasetGraph storage, TextIndex index) {
        EntityDefinition definition = index.getDocDef();
        Txn.executeRead(storage, () -> {
            for (Node predicate : INDEXED) {
                storage.findNG(Node.ANY, Node.ANY, predicate, Node.ANY).forEachRemaining(quad -> add(index,
                        TextQueryFuncs.entityFromQuad(definition, quad)));
            }
        });
        index.commit();
    }

    private static void add(TextIndex index, Entity entity) {
        if (entity != null) {
            index.addEntity(entity);
        }
    }
}
