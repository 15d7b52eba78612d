package org.newsgraph.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Reads every request body before any handler sees it, so that a handler which answers without
 * reading the body (a refused update, a 405) never leaves unread bytes on a kept-alive connection,
 * where the client's next request would find the connection closed under it. Bodies sent without
 * a declared length (chunked) are read up to the cap: over it, 413. Bodies with a declared length
 * are capped by {@link RequestLimit} before they reach this filter. The request goes on with the
 * body in memory ({@link BufferedRequest}).
 */
final class StreamedBodyLimit implements Filter {
    private final long maxBytes;

    /** A filter allowing streamed bodies of at most {@code maxBytes}. */
    StreamedBodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean declared = request.getContentLengthLong() > 0;
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse httpResponse)
                || !declared && (http.getContentLengthLong() == 0 || http.getHeader("Transfer-Encoding") == null)) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = readAtMost(http, maxBytes + 1);
        if (body == null || body.length > maxBytes) {
            httpResponse.sendError(413, "request body larger than " + maxBytes + " bytes");
            return;
        }
        chain.doFilter(new BufferedRequest(http, body), response);
    }

    /** Up to {@code limit} bytes of the body, or null when reading stops at the server's own cap. */
    private static byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (InputStream in = request.getInputStream()) {
            int n;
            while (out.size() < limit && (n = in.read(buffer, 0, (int) Math.min(buffer.length, limit - out.size()))) > 0) {
                out.write(buffer, 0, n);
            }
        } catch (RuntimeException e) {
            return null;
        }
        return out.toByteArray();
    }
}
