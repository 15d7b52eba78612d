package org.newsgraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.newsgraph.time.TemporalValue;

/** Literal and hash helpers shared by the graph writers. */
final class Terms {
    private Terms() { }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node decimal(double d) {
        return NodeFactory.createLiteralDT(new java.math.BigDecimal(Double.toString(d)).toPlainString(),
                XSDDatatype.XSDdecimal);
    }

    static Node string(String s) {
        return NodeFactory.createLiteralString(s);
    }

    static Node lang(String s, String lang) {
        return lang == null || lang.isEmpty() ? string(s) : NodeFactory.createLiteralLang(s, lang);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    /** A date at its precision: xsd:date, xsd:gYearMonth or xsd:gYear. */
    static Node date(TemporalValue v) {
        XSDDatatype type = switch (v.xsdType()) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            default -> XSDDatatype.XSDgYear;
        };
        return NodeFactory.createLiteralDT(v.xsdLexical(), type);
    }

    /** The precision concept of a date, e.g. ng:SeasonPrecision. */
    static Node precision(TemporalValue v) {
        String p = v.precision().name();
        return Vocab.ng(p.charAt(0) + p.substring(1).toLowerCase(java.util.Locale.ROOT) + "Precision");
    }

    /** First 16 hex digits of the SHA-256 of the parts joined by U+001F. */
    static String hash(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object p : parts) {
            sb.append(p).append('\u001f');
        }
        return sha256(sb.toString()).substring(0, 16);
    }

    static String sha256(String s) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
