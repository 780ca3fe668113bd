package io.github.flymachines.codegen;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON reader for the OpenAPI spec the operation generator reads: objects become
 * insertion-ordered maps, arrays lists, strings strings, and numbers and literals their text. The
 * processor path stays free of libraries (the spec is our own, well-formed copy).
 */
final class SpecJson {
    private final String text;
    private int at;

    private SpecJson(String text) {
        this.text = text;
    }

    /**
     * Reads a JSON document.
     *
     * @param text the document
     * @return its value
     * @throws IllegalArgumentException where it is not JSON
     */
    static Object parse(String text) {
        SpecJson reader = new SpecJson(text);
        Object value = reader.value();
        reader.blank();
        if (reader.at != text.length()) {
            throw reader.error("text after the document");
        }
        return value;
    }

    private Object value() {
        blank();
        if (at >= text.length()) {
            throw error("unexpected end");
        }
        char c = text.charAt(at);
        if (c == '{') {
            at++;
            Map<String, Object> object = new LinkedHashMap<>();
            if (!consume('}')) {
                do {
                    blank();
                    String key = string();
                    expect(':');
                    object.put(key, value());
                } while (consume(','));
                expect('}');
            }
            return object;
        }
        if (c == '[') {
            at++;
            List<Object> array = new ArrayList<>();
            if (!consume(']')) {
                do {
                    array.add(value());
                } while (consume(','));
                expect(']');
            }
            return array;
        }
        if (c == '"') {
            return string();
        }
        int start = at;
        while (at < text.length() && ",}] \t\r\n".indexOf(text.charAt(at)) < 0) {
            at++;
        }
        if (start == at) {
            throw error("a value");
        }
        return text.substring(start, at);
    }

    private String string() {
        if (at >= text.length() || text.charAt(at) != '"') {
            throw error("a string");
        }
        at++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length()) {
                throw error("an unterminated string");
            }
            char c = text.charAt(at++);
            if (c == '"') {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = text.charAt(at++);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                    at += 4;
                }
                default -> out.append(e);
            }
        }
    }

    private boolean consume(char c) {
        blank();
        if (at < text.length() && text.charAt(at) == c) {
            at++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw error("'" + c + "'");
        }
    }

    private void blank() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("spec JSON: expected " + what + " at offset " + at);
    }
}
