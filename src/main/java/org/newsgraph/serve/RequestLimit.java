package org.newsgraph.serve;

import org.apache.jena.fuseki.main.FusekiServer;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Caps the size of request bodies: Jetty answers 413 (Content Too Large) to a request whose
 * declared length is over the cap, and stops reading a streamed body once it passes the cap.
 * Query strings in URLs are bounded separately by Jetty's header size limit (431 or 414).
 */
final class RequestLimit {

    private RequestLimit() {
    }

    /** Puts the cap in front of every handler of {@code server} (before it starts). */
    static void apply(FusekiServer server, long maxRequestBytes) {
        Server jetty = server.getJettyServer();
        Handler existing = jetty.getHandler();
        SizeLimitHandler limit = new SizeLimitHandler(maxRequestBytes, -1);
        limit.setHandler(existing);
        jetty.setHandler(limit);
    }
}
