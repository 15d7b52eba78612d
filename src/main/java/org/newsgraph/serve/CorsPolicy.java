package org.newsgraph.serve;

import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access for browser clients (notebooks in JupyterLite or Observable, other sites).
 * By default any origin may read, without credentials: no {@code Access-Control-Allow-Credentials},
 * no {@code Authorization} header, only GET, POST, HEAD and OPTIONS. With one named origin
 * ({@code --cors-origin}) only that origin is answered, with credentials allowed, so a page there
 * can also use the protected write endpoints. The {@value RowCap#HEADER} header is exposed to
 * scripts. In: the origin (or null for any); out: Fuseki's CORS filter configured accordingly.
 */
final class CorsPolicy extends CrossOriginFilter {
    private static final String EXPOSED = "Cache-Control,Content-Language,Content-Length,Content-Type,Expires,"
            + "Last-Modified,Pragma,Retry-After," + RowCap.HEADER;

    private final Map<String, String> parameters = new LinkedHashMap<>();

    /** The policy for {@code origin} (e.g. {@code https://notebook.example}), or for any origin when null. */
    CorsPolicy(String origin) {
        boolean named = origin != null;
        parameters.put(ALLOWED_ORIGINS_PARAM, named ? origin : "*");
        parameters.put(ALLOW_CREDENTIALS_PARAM, Boolean.toString(named));
        parameters.put(ALLOWED_METHODS_PARAM, named ? "GET,POST,PUT,DELETE,HEAD,OPTIONS" : "GET,POST,HEAD,OPTIONS");
        parameters.put(ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin"
                + (named ? ",Authorization" : ""));
        parameters.put(EXPOSED_HEADERS_PARAM, EXPOSED);
        parameters.put(CHAIN_PREFLIGHT_PARAM, "false");
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override
            public String getFilterName() {
                return config.getFilterName();
            }

            @Override
            public ServletContext getServletContext() {
                return config.getServletContext();
            }

            @Override
            public String getInitParameter(String name) {
                return parameters.get(name);
            }

            @Override
            public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(parameters.keySet());
            }
        });
    }
}
