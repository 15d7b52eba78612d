package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The checks every text input passes before a reader looks at it. In: a file (or its bytes).
 * Out: its text, strictly decoded as UTF-8, without a byte-order mark and with LF line ends; or an
 * {@link InputRejectedException} saying "too large", "binary content", "invalid UTF-8 at byte N"
 * or "empty".
 */
final class ContentChecks {

    /** Default size limit for one input file: 64 MiB. */
    static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    private static final long MAX_SUPPORTED_BYTES = Integer.MAX_VALUE - 16L;
    private static final int SNIFF_BYTES = 8 * 1024;
    private static final char BOM = '\uFEFF';

    private final long maxBytes;

    /** Checks with a size limit of {@code maxBytes} per file (1 byte to about 2 GiB). */
    ContentChecks(long maxBytes) {
        if (maxBytes < 1 || maxBytes > MAX_SUPPORTED_BYTES) {
            throw new IllegalArgumentException("size limit out of range: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Reads {@code file} within the size limit and returns its checked, normalised text. */
    String readText(Path file) throws IOException {
        return checkedText(readBounded(file));
    }

    /** The checked, normalised text of {@code bytes} (which are already within the size limit). */
    String checkedText(byte[] bytes) {
        if (looksBinary(bytes)) {
            throw new InputRejectedException("binary content");
        }
        String text = normaliseLineEnds(decodeUtf8(bytes));
        if (!hasVisibleText(text)) {
            throw new InputRejectedException("empty");
        }
        return text;
    }

    /** {@code text} without a leading byte-order mark and with CRLF and CR turned into LF. */
    static String normaliseLineEnds(String text) {
        String s = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Whether {@code text} has at least one character that is not space, control or format. */
    static boolean hasVisibleText(String text) {
        return text.codePoints().anyMatch(cp -> !Character.isWhitespace(cp)
                && !Character.isSpaceChar(cp)
                && !Character.isISOControl(cp)
                && Character.getType(cp) != Character.FORMAT);
    }

    private byte[] readBounded(Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw tooLarge(size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw tooLarge(Math.max(bytes.length, Files.size(file)));
            }
            return bytes;
        }
    }

    private InputRejectedException tooLarge(long size) {
        return new InputRejectedException("too large (" + size + " bytes, limit " + maxBytes + ")");
    }

    private static boolean looksBinary(byte[] bytes) {
        int sniffed = Math.min(bytes.length, SNIFF_BYTES);
        int controls = 0;
        for (int i = 0; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == 0) {
                return true;
            }
            if (i < sniffed && isControl(b)) {
                controls++;
            }
        }
        return controls * 10L > sniffed;
    }

    private static boolean isControl(byte b) {
        boolean lowControl = b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f';
        return lowControl || b == 0x7F;
    }

    private static String decodeUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            throw new InputRejectedException("invalid UTF-8 at byte " + in.position());
        }
        decoder.flush(out);
        return out.flip().toString();
    }
}
