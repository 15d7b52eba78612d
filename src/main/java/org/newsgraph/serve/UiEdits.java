package org.newsgraph.serve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text edits to the built JavaScript of jena-fuseki-ui, which keeps its example queries, prefix
 * buttons and first editor text as literals in its query view and has no configuration for them.
 * Each edit finds a literal anchor and returns the text unchanged when the anchor is missing (an
 * other UI version), so the UI still works, only untailored; {@code UiTest} fails in that case.
 * In: one JavaScript file and JavaScript expressions to put in; out: the edited file.
 */
final class UiEdits {
    private static final String EXAMPLES = "queries:[{value:SELECT_TRIPLES_QUERY";
    private static final String PREFIXES = "prefixes:[{uri:\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"";
    private static final Pattern EDITOR_TEXT = Pattern.compile(
            "mode:\"sparql11\",value:`PREFIX rdf:[^`]*`");
    private static final Pattern WRITE_ROUTE = Pattern.compile("`/dataset[^`]*/(upload|edit)`");
    private static final Pattern ELEMENT_CALL = Pattern.compile("[A-Za-z_$][\\w$]*\\(\"(li|button)\",");

    private UiEdits() {
    }

    /** Puts the examples (a JavaScript array of {@code {value, text}}) before the UI's own two. */
    static String withExamples(String js, String examplesArray) {
        int at = js.indexOf(EXAMPLES);
        if (at < 0 || examplesArray.equals("[]")) {
            return js;
        }
        int open = at + "queries:[".length();
        return js.substring(0, open) + examplesArray.substring(1, examplesArray.length() - 1) + ","
                + js.substring(open);
    }

    /** Replaces the prefix buttons with {@code prefixesArray} (a JavaScript array of {@code {uri, text}}). */
    static String withPrefixes(String js, String prefixesArray) {
        int at = js.indexOf(PREFIXES);
        int close = at < 0 ? -1 : js.indexOf(']', at);
        if (close < 0) {
            return js;
        }
        return js.substring(0, at) + "prefixes:" + prefixesArray + js.substring(close + 1);
    }

    /** Replaces the editor's first text (shown until the user has typed a query) with {@code textLiteral}. */
    static String withEditorText(String js, String textLiteral) {
        Matcher matcher = EDITOR_TEXT.matcher(js);
        if (!matcher.find()) {
            return js;
        }
        return js.substring(0, matcher.start()) + "mode:\"sparql11\",value:" + textLiteral + js.substring(matcher.end());
    }

    /** Removes the tabs and buttons that lead to the UI's upload ("add data") and edit views. */
    static String withoutWriteActions(String js) {
        String edited = js;
        Matcher route = WRITE_ROUTE.matcher(edited);
        while (route.find()) {
            int start = elementStart(edited, route.start());
            int end = start < 0 ? -1 : JsScan.callEnd(edited, edited.indexOf('(', start));
            if (end < 0) {
                continue;
            }
            edited = edited.substring(0, start) + "null" + edited.substring(end);
            route = WRITE_ROUTE.matcher(edited);
        }
        return edited;
    }

    /** The start of the closest {@code h("li",...} or {@code h("button",...} call before {@code at}. */
    private static int elementStart(String js, int at) {
        int from = Math.max(0, at - 200);
        Matcher call = ELEMENT_CALL.matcher(js).region(from, at);
        int start = -1;
        while (call.find()) {
            start = call.start();
        }
        return start;
    }
}
