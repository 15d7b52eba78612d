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
    /** The inline style that hides a write action. */
    static final String HIDDEN = "display:none !important";
    private static final Pattern MANAGE_BUTTON = Pattern.compile("class:\"[^\"]*\\bdataset-(?:remove|backup)\\b[^\"]*\"");
    private static final Pattern NEW_DATASET_LINK = Pattern.compile("\\{to:\"/manage/new\",class:");
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

    /**
     * Hides the manage page's "remove" and "backup" buttons and the menu's "new dataset" link,
     * which a read-only server refuses anyway: each element gets the {@value #HIDDEN} style.
     */
    static String withoutManageActions(String js) {
        String hidden = "style:\"" + HIDDEN + "\",";
        String out = MANAGE_BUTTON.matcher(js).replaceAll(m -> Matcher.quoteReplacement(hidden + m.group()));
        return NEW_DATASET_LINK.matcher(out).replaceAll(Matcher.quoteReplacement("{" + hidden + "to:\"/manage/new\",class:"));
    }

    /**
     * Hides the tabs and buttons that lead to the UI's upload ("add data") and edit views: their
     * element gets an inline {@value #HIDDEN} style (stronger than Bootstrap's display classes).
     * The elements stay in place, so the page's compiled render code sees the same structure.
     */
    static String withoutWriteActions(String js) {
        StringBuilder edited = new StringBuilder(js);
        Matcher route = WRITE_ROUTE.matcher(js);
        int shift = 0;
        while (route.find()) {
            int props = propsStart(js, route.start());
            if (props < 0) {
                continue;
            }
            int at = props + shift;
            int length = propsLength(edited, at);
            String style = "style:\"" + HIDDEN + "\"";
            String hidden = length == 1 && edited.charAt(at) == '{' ? "{" + style + ","
                    : "{" + style + ",..." + edited.substring(at, at + length) + "}";
            edited.replace(at, at + length, hidden);
            shift += hidden.length() - length;
        }
        return edited.toString();
    }

    /** How many characters of the props argument are replaced: its opening brace, or its whole name. */
    private static int propsLength(CharSequence js, int at) {
        if (js.charAt(at) == '{') {
            return 1;
        }
        int end = at;
        while (end < js.length() && Character.isJavaIdentifierPart(js.charAt(end))) {
            end++;
        }
        return end - at;
    }

    /**
     * Where the props argument of the closest {@code h("li",} or {@code h("button",} before {@code at} starts, or -1.
     */
    private static int propsStart(String js, int at) {
        Matcher call = ELEMENT_CALL.matcher(js).region(Math.max(0, at - 200), at);
        int props = -1;
        while (call.find()) {
            props = call.end();
        }
        return props;
    }
}
