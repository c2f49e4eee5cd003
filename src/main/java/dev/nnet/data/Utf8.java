package dev.nnet.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Strict UTF-8 decoding. A lenient decoder would turn a Latin-1 "é" into U+FFFD and a class name
 * would silently change; better to stop and say on which line the file is not UTF-8.
 */
final class Utf8 {
    private Utf8() {}

    /** The text, with a leading byte-order mark removed. */
    static String decode(byte[] bytes, Path file) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length); // UTF-8 never yields more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) throw badEncoding(bytes, in.position(), result.length(), out.flip().toString(), file);
        String text = out.flip().toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static DataError badEncoding(byte[] bytes, int at, int count, String before, Path file) {
        int offset = before.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int lineStart = offset;
        for (int i = offset; i < before.length(); i++) {
            char c = before.charAt(i);
            // CR, LF and CRLF each end one line, as in CsvReader
            if (c == '\n' || (c == '\r' && (i + 1 == before.length() || before.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        int column = before.codePointCount(lineStart, before.length()) + 1;
        StringBuilder hex = new StringBuilder();
        for (int i = at; i < at + count && i < bytes.length; i++) {
            if (hex.length() > 0) hex.append(' ');
            hex.append(String.format("0x%02X", bytes[i] & 0xFF));
        }
        return new DataError(DataErrorKind.BAD_ENCODING, file, line, column, 1, null, hex.toString(),
                "line " + line + " is not valid UTF-8 text (byte " + hex + ")",
                utf16(bytes) ? "the file is UTF-16 (it starts with the byte-order mark " + String.format("0x%02X 0x%02X",
                        bytes[0] & 0xFF, bytes[1] & 0xFF) + "); save it with the UTF-8 encoding instead"
                        : "save the file with the UTF-8 encoding (in a spreadsheet: CSV UTF-8)");
    }

    private static boolean utf16(byte[] b) {
        return b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }
}
