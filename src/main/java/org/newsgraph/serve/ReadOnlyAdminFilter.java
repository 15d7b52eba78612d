package org.newsgraph.serve;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Keeps Fuseki's administration area ({@code /$/...}) read-only: it answers 405 to every request
 * that could change the server (create or delete datasets, back up, compact), and lets reads
 * (server status, dataset list, statistics, ping) and the UI's validators through.
 */
final class ReadOnlyAdminFilter implements Filter {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String VALIDATORS = "/$/validate/";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse
                && !allowed(http)) {
            httpResponse.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED,
                    "this server is read-only");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(HttpServletRequest request) {
        if (READ_METHODS.contains(request.getMethod())) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(VALIDATORS);
    }
}
