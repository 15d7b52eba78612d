package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The protected write endpoints: a second dataset name, {@value NewsgraphServer#ADMIN_DATASET},
 * over the same data, with SPARQL query ({@code /sparql}), SPARQL Update ({@code /update}) and the
 * read-write graph store ({@code /data}). Every request to it needs HTTP basic authentication as
 * one of the users in the password file (no credentials: 401; a user not in the file: 401 or 403).
 * The public dataset stays read-only. In: the server builder, the data and the password file.
 */
final class WriteAccess {

    private WriteAccess() {
    }

    /**
     * Adds the protected dataset to {@code builder}.
     *
     * @throws IllegalArgumentException if the password file names no user
     */
    static void addTo(FusekiServer.Builder builder, DatasetGraph dataset, Path passwordFile) {
        requireUsers(passwordFile);
        DataService.Builder service = DataService.newBuilder(dataset).withStdServices(true)
                .setAuthPolicy(Auth.ANY_USER);
        builder.passwordFile(passwordFile.toAbsolutePath().toString())
                .auth(AuthScheme.BASIC)
                .add(NewsgraphServer.ADMIN_DATASET, service);
    }

    /** Jetty's format: {@code user: password[, role...]}; lines starting with # are comments. */
    private static void requireUsers(Path passwordFile) {
        try {
            boolean anyUser = Files.readAllLines(passwordFile, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .anyMatch(line -> !line.startsWith("#") && line.indexOf(':') > 0);
            if (!anyUser) {
                throw new IllegalArgumentException("the password file " + passwordFile
                        + " has no 'user: password' line");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the password file " + passwordFile, e);
        }
    }
}
