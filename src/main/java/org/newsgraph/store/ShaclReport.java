package org.newsgraph.store;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating the store against SHACL shapes.
 *
 * @param conforms whether the data satisfies every shape
 * @param violations one line per validation result ("focus node, path: message"), empty when
 *     {@code conforms}; results of every severity are listed
 */
public record ShaclReport(boolean conforms, List<String> violations) {

    public ShaclReport {
        violations = List.copyOf(Objects.requireNonNull(violations, "violations"));
        if (conforms && !violations.isEmpty()) {
            throw new IllegalArgumentException("a conforming report has no violations");
        }
    }
}
