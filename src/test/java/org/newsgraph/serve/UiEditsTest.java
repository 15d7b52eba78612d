package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The edits to the UI's scripts on small samples shaped like the minified code, and their fallbacks. */
class UiEditsTest {
    private static final String TABS = "v(\"ul\",k,[s(\"li\",x,[n(i,{to:`/dataset/${e.datasetName}/query`},"
            + "{default:c(()=>[t[0]||(t[0]=s(\"span\",{class:\"ms-1\"},\"query\",-1))])})]),"
            + "s(\"li\",g,[n(i,{to:`/dataset/${e.datasetName}/upload`},{default:c(()=>[s(\"span\",null,\"add (data)\")])})]),"
            + "s(\"li\",w,[n(i,{to:`/dataset/${e.datasetName}/edit`},{default:c(()=>[])})])])";

    @Test
    void writeTabsAndButtonsGetAHidingStyleAndTheRestIsKept() {
        String style = "style:\"" + UiEdits.HIDDEN + "\"";
        String edited = UiEdits.withoutWriteActions(TABS);
        assertEquals(TABS.replace("s(\"li\",g,", "s(\"li\",{" + style + ",...g},")
                .replace("s(\"li\",w,", "s(\"li\",{" + style + ",...w},"), edited);
        String button = "ae(\"button\",{onClick:u=>e.$router.push(`/dataset${f.item.name}/upload`),type:\"button\"},[])";
        assertEquals(button.replace("{onClick", "{" + style + ",onClick"), UiEdits.withoutWriteActions(button));
    }

    @Test
    void manageButtonsAndTheNewDatasetLinkGetAHidingStyle() {
        String style = "style:\"" + UiEdits.HIDDEN + "\",";
        String js = "e(\"button\",{type:\"button\",class:\"btn btn-primary dataset-remove\"},[]),"
                + "e(\"button\",{type:\"button\",class:\"btn dataset-backup d-block\"},[]),"
                + "e(n,{to:\"/manage/new\",class:\"nav-link\"}),e(\"button\",{class:\"btn btn-info\"},[])";
        assertEquals("e(\"button\",{type:\"button\"," + style + "class:\"btn btn-primary dataset-remove\"},[]),"
                + "e(\"button\",{type:\"button\"," + style + "class:\"btn dataset-backup d-block\"},[]),"
                + "e(n,{" + style + "to:\"/manage/new\",class:\"nav-link\"}),e(\"button\",{class:\"btn btn-info\"},[])",
                UiEdits.withoutManageActions(js));
    }

    @Test
    void examplesPrefixesAndEditorTextGoInWhereTheAnchorsAre() {
        String js = "queries:[{value:SELECT_TRIPLES_QUERY,text:\"a\"}],prefixes:[{uri:\"http://www.w3.org/1999/02/"
                + "22-rdf-syntax-ns#\",text:\"rdf\"}],x=1;te={mode:\"sparql11\",value:`PREFIX rdf: <x>\nSELECT`,y:2}";
        String edited = UiEdits.withEditorText(UiEdits.withPrefixes(
                UiEdits.withExamples(js, "[{\"value\":\"Q\",\"text\":\"T\"}]"), "[{\"uri\":\"U\",\"text\":\"ng\"}]"), "\"E\"");
        assertEquals("queries:[{\"value\":\"Q\",\"text\":\"T\"},{value:SELECT_TRIPLES_QUERY,text:\"a\"}],"
                + "prefixes:[{\"uri\":\"U\",\"text\":\"ng\"}],x=1;te={mode:\"sparql11\",value:\"E\",y:2}", edited);
    }

    @Test
    void withoutAnchorsTheTextIsUnchanged() {
        String js = "const a=\"(\";function f(){return `)${b}`}";
        assertEquals(js, UiEdits.withExamples(js, "[{}]"));
        assertEquals(js, UiEdits.withPrefixes(js, "[]"));
        assertEquals(js, UiEdits.withEditorText(js, "\"\""));
        assertEquals(js, UiEdits.withoutWriteActions(js));
        assertEquals(js, UiEdits.withoutManageActions(js));
        String routeOutsideAnElement = "go(`/dataset/${d}/upload`)";
        assertEquals(routeOutsideAnElement, UiEdits.withoutWriteActions(routeOutsideAnElement));
    }
}
