package org.newsgraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Serves the Fuseki UI's JavaScript tailored to newsgraph ({@link UiEdits}): the example queries,
 * prefixes and first editor query of {@link UiContent}, and, when the server is read-only, no
 * "add data" and "edit" tabs or buttons, and no "remove", "backup" or "new dataset" actions. Files it does not
 * change pass through untouched. Each
 * file is edited once and kept. In: requests for {@code /static/*.js}; out: the edited file.
 */
final class UiTailoring implements Filter {
    private static final String STATIC = "/static/";
    private static final String RESOURCES = "webapp/static/";
    private static final byte[] UNCHANGED = new byte[0];

    private final UiContent content;
    private final boolean readOnly;
    private final Map<String, byte[]> edited = new ConcurrentHashMap<>();

    /** A filter that puts {@code content} in and, when {@code readOnly}, takes the write actions out. */
    UiTailoring(UiContent content, boolean readOnly) {
        this.content = content;
        this.readOnly = readOnly;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String name = scriptName(request);
        byte[] body = name == null ? UNCHANGED : edited.computeIfAbsent(name, this::edit);
        if (body == UNCHANGED || !(response instanceof HttpServletResponse http)) {
            chain.doFilter(request, response);
            return;
        }
        http.setStatus(HttpServletResponse.SC_OK);
        http.setContentType("text/javascript;charset=utf-8");
        http.setHeader("Cache-Control", "no-cache");
        http.setContentLength(body.length);
        if (!"HEAD".equals(((HttpServletRequest) request).getMethod())) {
            http.getOutputStream().write(body);
        }
    }

    /** The file name of a GET or HEAD for {@code /static/NAME.js}, or null. */
    private static String scriptName(ServletRequest request) {
        if (!(request instanceof HttpServletRequest http)
                || !("GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod()))) {
            return null;
        }
        String path = http.getRequestURI().substring(http.getContextPath().length());
        if (!path.startsWith(STATIC) || !path.endsWith(".js")) {
            return null;
        }
        String name = path.substring(STATIC.length());
        return name.matches("[A-Za-z0-9_.-]+") && !name.contains("..") ? name : null;
    }

    private byte[] edit(String name) {
        try (InputStream in = UiTailoring.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                return UNCHANGED;
            }
            String original = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String js = UiEdits.withExamples(original, content.examples());
            js = UiEdits.withPrefixes(js, content.prefixes());
            js = UiEdits.withEditorText(js, content.editorText());
            if (readOnly) {
                js = UiEdits.withoutManageActions(UiEdits.withoutWriteActions(js));
            }
            return js.equals(original) ? UNCHANGED : js.getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the UI file " + name, e);
        }
    }
}
