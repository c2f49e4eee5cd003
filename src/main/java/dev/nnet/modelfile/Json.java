package dev.nnet.modelfile;

import dev.nnet.text.JsonStrings;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON reader and writer, small enough to audit: a model file's header is read by this and
 * nothing else, so nothing in a file can reach a general-purpose library's extension points. It
 * rejects what RFC 8259 does not allow (comments, trailing commas, single quotes, NaN, bad escapes,
 * control characters in strings), and also duplicate keys, anything after the value, and nesting
 * deeper than {@link #MAX_DEPTH}. Objects become ordered maps, arrays lists, numbers {@link Number}
 * (BigInteger for whole numbers, BigDecimal otherwise, both exact), and the rest String, Boolean or {@link #NULL}.
 */
public final class Json {
    /** JSON's null, distinct from Java's. */
    public static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    static final int MAX_DEPTH = 64;

    private final String text;
    private int pos;

    private Json(String text) {
        this.text = text;
    }

    /** A malformed document: the message says what and at which character. */
    public static final class JsonException extends Exception {
        public JsonException(String message) {
            super(message);
        }
    }

    public static Object parse(String text) throws JsonException {
        Json p = new Json(text);
        p.skipSpace();
        Object value = p.value(0);
        p.skipSpace();
        if (p.pos < text.length()) {
            throw p.error("unexpected text '" + printable(text.charAt(p.pos)) + "' after the end of the JSON value");
        }
        return value;
    }

    private JsonException error(String what) {
        return new JsonException(what + " at character " + (pos + 1));
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') pos++;
            else break;
        }
    }

    private Object value(int depth) throws JsonException {
        if (pos >= text.length()) throw error("the JSON ends where a value was expected");
        char c = text.charAt(pos);
        if (c == '{' || c == '[') {
            if (depth >= MAX_DEPTH) throw error("JSON nested more than " + MAX_DEPTH + " levels deep");
            return c == '{' ? object(depth) : array(depth);
        }
        if (c == '"') return string();
        if (c == '-' || (c >= '0' && c <= '9')) return number();
        if (text.startsWith("true", pos)) {
            pos += 4;
            return Boolean.TRUE;
        }
        if (text.startsWith("false", pos)) {
            pos += 5;
            return Boolean.FALSE;
        }
        if (text.startsWith("null", pos)) {
            pos += 4;
            return NULL;
        }
        throw error("unexpected character '" + printable(c) + "' where a JSON value was expected");
    }

    private Map<String, Object> object(int depth) throws JsonException {
        pos++; // {
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            return map;
        }
        while (true) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '"') throw error(pos >= text.length() ? "the JSON ends where a key was expected"
                    : "expected a quoted key in a JSON object, found '" + printable(text.charAt(pos)) + "'");
            int keyAt = pos;
            String key = string();
            if (map.containsKey(key)) {
                pos = keyAt;
                throw error("the key \"" + key + "\" appears twice in one JSON object");
            }
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value(depth + 1));
            skipSpace();
            if (pos >= text.length()) throw error("the JSON ends inside an object");
            char c = text.charAt(pos++);
            if (c == '}') return map;
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' in a JSON object");
            }
        }
    }

    private List<Object> array(int depth) throws JsonException {
        pos++; // [
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value(depth + 1));
            skipSpace();
            if (pos >= text.length()) throw error("the JSON ends inside an array");
            char c = text.charAt(pos++);
            if (c == ']') return list;
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']' in a JSON array");
            }
        }
    }

    private void expect(char c) throws JsonException {
        if (pos >= text.length() || text.charAt(pos) != c) throw error("expected '" + c + "'");
        pos++;
    }

    private String string() throws JsonException {
        pos++; // opening quote
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) throw error("the JSON ends inside a string");
            char c = text.charAt(pos);
            if (c == '"') {
                pos++;
                return out.toString();
            }
            if (c < 0x20) throw error("a control character (code " + (int) c + ") inside a JSON string");
            if (c != '\\') {
                out.append(c);
                pos++;
                continue;
            }
            if (pos + 1 >= text.length()) throw error("the JSON ends inside a string");
            char e = text.charAt(pos + 1);
            pos += 2;
            switch (e) {
                case '"' -> out.append('"');
                case '\\' -> out.append('\\');
                case '/' -> out.append('/');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) throw error("a \\u escape needs four hex digits");
                    int code = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(text.charAt(pos + i), 16);
                        if (d < 0) throw error("a \\u escape needs four hex digits");
                        code = code * 16 + d;
                    }
                    pos += 4;
                    out.append((char) code);
                }
                default -> {
                    pos -= 2;
                    throw error("the escape \\" + printable(e) + " is not JSON");
                }
            }
        }
    }

    private Number number() throws JsonException {
        int start = pos;
        if (text.charAt(pos) == '-') pos++;
        if (pos >= text.length() || !isDigit(text.charAt(pos))) throw error("a JSON number needs digits");
        if (text.charAt(pos) == '0' && pos + 1 < text.length() && isDigit(text.charAt(pos + 1))) {
            throw error("a JSON number may not start with 0");
        }
        while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
        boolean whole = true;
        if (pos < text.length() && text.charAt(pos) == '.') {
            whole = false;
            pos++;
            if (pos >= text.length() || !isDigit(text.charAt(pos))) throw error("a JSON number needs digits after '.'");
            while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            whole = false;
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) pos++;
            if (pos >= text.length() || !isDigit(text.charAt(pos))) throw error("a JSON number needs digits in its exponent");
            while (pos < text.length() && isDigit(text.charAt(pos))) pos++;
        }
        String literal = text.substring(start, pos);
        if (literal.length() > 400) throw error("a JSON number of more than 400 characters");
        return whole ? new BigInteger(literal) : new java.math.BigDecimal(literal);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
    }

    // Writing

    /** Writes maps, lists, strings, numbers, booleans and {@link #NULL} as compact JSON. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) out.append(',');
                first = false;
                JsonStrings.quote((String) e.getKey(), out);
                out.append(':');
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) out.append(',');
                write(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof String s) {
            JsonStrings.quote(s, out);
        } else if (value instanceof Double d) {
            if (!Double.isFinite(d)) throw new IllegalArgumentException("JSON has no " + d);
            out.append(d);
        } else if (value instanceof Float f) {
            if (!Float.isFinite(f)) throw new IllegalArgumentException("JSON has no " + f);
            out.append(f);
        } else if (value instanceof Number || value instanceof Boolean || value == NULL) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value);
        }
    }
}
