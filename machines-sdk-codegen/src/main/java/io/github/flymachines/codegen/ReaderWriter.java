package io.github.flymachines.codegen;

import io.github.flymachines.codegen.RecordModel.Component;
import io.github.flymachines.codegen.RecordModel.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the source of one {@code <Record>Reader}: the JSON reader of a model record, a subclass of
 * the SDK's hand-written {@code io.github.flymachines.internal.json.ModelReader}. It reads the
 * object's fields in one pass into the record's builder (the same setters Jackson's builder-based
 * reading used), keeps unknown fields, and keeps the raw value of a scalar field it cannot read.
 */
final class ReaderWriter {
    /** The package of the readers (internal: not public API, not in the javadoc). */
    static final String PACKAGE = "io.github.flymachines.internal.json";
    private static final Pattern NAME = Pattern.compile("\\.JsonProperty\\((?:value = )?\"([^\"]*)\"");
    private static final Pattern ALIASES = Pattern.compile("\\.JsonAlias\\((?:value = )?\\{?([^)}]*)\\}?\\)");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("\\.TimeJson(?:\\((?:value = )?[\\w.]*\\.(\\w+)\\))?");
    private static final String TOLERATED = "com.fasterxml.jackson.databind.JsonMappingException"
            + " | IllegalArgumentException | java.time.DateTimeException";
    private static final Map<String, String> SCALARS = Map.of(
            "java.lang.String", "string",
            "java.lang.Integer", "integer",
            "java.lang.Long", "longValue",
            "java.lang.Boolean", "bool");
    private static final Map<String, String> PRIMITIVES = Map.of(
            "int", "integer(p, c), 0",
            "long", "longValue(p, c), 0L",
            "boolean", "bool(p, c), false");

    private final RecordModel m;
    private final String record;
    private final String builder;
    private final StringBuilder out = new StringBuilder();

    ReaderWriter(RecordModel model) {
        this.m = model;
        this.record = model.pkg() + "." + model.name();
        this.builder = model.pkg() + "." + model.builderName();
    }

    /** {@return the simple name of the generated class} */
    static String readerName(RecordModel model) {
        return model.name() + "Reader";
    }

    String write() {
        StringBuilder cases = new StringBuilder();
        String extra = null;
        for (Component c : m.components()) {
            if (c.kind() == Kind.EXTRA) {
                extra = c.adder();
            }
        }
        for (Component c : m.components()) {
            List<String> names = names(c);
            if (c.kind() == Kind.EXTRA || names.isEmpty()) {
                continue;
            }
            for (String n : names) {
                cases.append("                case \"").append(n).append("\":\n");
            }
            read(cases, c, names.get(0), extra);
            cases.append("                    break;\n");
        }
        line(0, "package " + PACKAGE + ";");
        line(0, "");
        line(0, "/**");
        line(0, " * Reads {@link " + record + "} from JSON; generated from the record's components by the SDK's");
        line(0, " * build (see {@link ModelReader}).");
        line(0, " */");
        line(0, "@javax.annotation.processing.Generated(\"io.github.flymachines.codegen.ModelProcessor\")");
        line(0, "public final class " + readerName(m) + " extends ModelReader<" + record + "> {");
        line(1, "private static final long serialVersionUID = 1L;");
        line(0, "");
        line(1, "/** The reader; it holds no state. */");
        line(1, "public static final " + readerName(m) + " INSTANCE = new " + readerName(m) + "();");
        line(0, "");
        line(1, "/** Creates the reader (the mapper does, once). */");
        line(1, "public " + readerName(m) + "() {");
        line(2, "super(" + record + ".class);");
        line(1, "}");
        line(0, "");
        line(1, "@Override");
        line(1, "public " + record + " deserialize(com.fasterxml.jackson.core.JsonParser p,");
        line(3, "com.fasterxml.jackson.databind.DeserializationContext c) throws java.io.IOException {");
        line(2, builder + " b = new " + builder + "();");
        line(2, "for (String f = first(p, c); f != null; f = p.nextFieldName()) {");
        line(3, "p.nextToken();");
        line(3, "switch (f) {");
        out.append(cases);
        line(4, "default:");
        line(5, extra == null ? "p.skipChildren();" : "b." + extra + "(f, tree(p, c));");
        line(3, "}");
        line(2, "}");
        line(2, "try {");
        line(3, "return b.build();");
        line(2, "} catch (IllegalArgumentException | NullPointerException e) {");
        line(3, "return (" + record + ") c.handleInstantiationProblem(handledType(), b, e);");
        line(2, "}");
        line(1, "}");
        line(0, "}");
        return out.toString();
    }

    /** The statement that reads one component's value into the builder. */
    private void read(StringBuilder to, Component c, String json, String extra) {
        String t = c.type();
        String set = "b." + c.name();
        String where = m.name() + "." + json;
        String keep = extra == null ? "p.skipChildren();" : "b." + extra + "(\"" + json + "\", kept(p, c, \"" + where
                + "\", e));";
        String form = form(c);
        String tolerant = null;
        if (c.kind() == Kind.SCALAR && (c.read().reader() != null || c.read().creator() != null)) {
            to.append("                    ").append(set).append("(").append(direct(c.read(), t, "p.currentToken()"))
                    .append(");\n");
        } else if (c.kind() == Kind.LIST && (c.read().reader() != null || c.read().creator() != null
                || c.element().equals("java.lang.String"))) {
            String e = c.element();
            String element = c.read().reader() != null || c.read().creator() != null ? direct(c.read(), e, "t")
                    : "t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? p.getText() : string(p, c)";
            loop(to, set, t, "START_ARRAY", "l",
                    "java.util.List<" + e + "> l = new java.util.ArrayList<>();",
                    "for (com.fasterxml.jackson.core.JsonToken t = p.nextToken();",
                    "        t != com.fasterxml.jackson.core.JsonToken.END_ARRAY; t = p.nextToken()) {",
                    "    l.add(t == com.fasterxml.jackson.core.JsonToken.VALUE_NULL ? null : " + element + ");",
                    "}");
        } else if (c.kind() == Kind.MAP && "java.lang.String".equals(c.key()) && mapValue(c) != null) {
            String e = c.element();
            loop(to, set, t, "START_OBJECT", "m",
                    "java.util.Map<String, " + e + "> m = new java.util.LinkedHashMap<>();",
                    "for (String k = p.nextFieldName(); k != null; k = p.nextFieldName()) {",
                    "    com.fasterxml.jackson.core.JsonToken t = p.nextToken();",
                    "    m.put(k, " + mapValue(c) + ");",
                    "}");
        } else if (SCALARS.containsKey(t)) {
            tolerant = set + "(" + SCALARS.get(t) + "(p, c));";
        } else if (PRIMITIVES.containsKey(t)) {
            to.append("                    ").append(set).append("(java.util.Objects.requireNonNullElse(")
                    .append(PRIMITIVES.get(t)).append("));\n");
        } else if (form != null && t.equals("java.time.Instant") && form.equals("RFC3339") && rawTimes()) {
            // the text as sent, beside the instant (the record's rawTimes)
            tolerant = "java.time.Instant v = time(p, c, TimeJson.Form.RFC3339, java.time.Instant.class);\n"
                    + "                        " + set + "(v);\n"
                    + "                        if (v != null) {\n"
                    + "                            b.putRawTime(\"" + json + "\", p.getText());\n"
                    + "                        }";
        } else if (form != null && (t.equals("java.time.Instant") || t.equals("java.time.Duration"))) {
            tolerant = set + "(time(p, c, TimeJson.Form." + form + ", " + t + ".class));";
        } else if (t.equals("io.github.flymachines.model.Bytes")) {
            to.append("                    {\n");
            to.append("                        com.fasterxml.jackson.databind.JsonNode raw = tree(p, c);\n");
            to.append("                        try {\n");
            to.append("                            ").append(set).append("(fromTree(raw, c, ").append(t)
                    .append(".class));\n");
            to.append("                        } catch (").append(TOLERATED).append(" e) {\n");
            to.append("                            ").append(extra == null ? "// no unknown fields kept"
                    : "b." + extra + "(\"" + json + "\", kept(raw, \"" + where + "\", e));").append("\n");
            to.append("                        }\n");
            to.append("                    }\n");
        } else if (t.equals("com.fasterxml.jackson.databind.JsonNode")) {
            to.append("                    ").append(set).append("(tree(p, c));\n");
        } else if (c.kind() == Kind.SCALAR && t.startsWith("java.")) {
            tolerant = set + "(ModelReader.<" + t + ">scalarValue(p, c, " + type(t) + "));";
        } else {
            to.append("                    ").append(set).append("(ModelReader.<").append(t).append(">value(p, c, ")
                    .append(type(t)).append("));\n");
        }
        if (tolerant != null) {
            to.append("                    try {\n");
            to.append("                        ").append(tolerant).append("\n");
            to.append("                    } catch (").append(TOLERATED).append(" e) {\n");
            to.append("                        ").append(keep).append("\n");
            to.append("                    }\n");
        }
    }

    /**
     * An expression reading one value of a type with its own reader or string factory; anything
     * else (null, another shape) goes to the mapper as before.
     */
    private String direct(RecordModel.Read read, String t, String token) {
        if (read.reader() != null) {
            return token + " == com.fasterxml.jackson.core.JsonToken.START_OBJECT ? " + read.reader()
                    + ".INSTANCE.deserialize(p, c) : ModelReader.<" + t + ">value(p, c, " + type(t) + ")";
        }
        return token + " == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? " + read.creator()
                + "(p.getText()) : ModelReader.<" + t + ">value(p, c, " + type(t) + ")";
    }

    /**
     * A collection read in one loop when the value starts as expected, or by the mapper otherwise
     * (null, a single value where a list belongs, another shape).
     */
    private void loop(StringBuilder to, String set, String t, String start, String result, String... body) {
        String in = "                    ";
        to.append(in).append("if (p.currentToken() == com.fasterxml.jackson.core.JsonToken.").append(start)
                .append(") {\n");
        for (String line : body) {
            to.append(in).append("    ").append(line).append('\n');
        }
        to.append(in).append("    ").append(set).append("(").append(result).append(");\n");
        to.append(in).append("} else {\n");
        to.append(in).append("    ").append(set).append("(ModelReader.<").append(t).append(">value(p, c, ")
                .append(type(t)).append("));\n");
        to.append(in).append("}\n");
    }

    /** How a map's value is read in the direct loop (the parser on its first token {@code t}), or null. */
    private String mapValue(Component c) {
        String e = c.element();
        String nul = "t == com.fasterxml.jackson.core.JsonToken.VALUE_NULL ? null : ";
        if (e.equals("java.lang.String")) {
            return nul + "t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? p.getText() : string(p, c)";
        }
        if (e.equals("java.lang.Long")) {
            return nul + "longValue(p, c)";
        }
        if (e.equals("com.fasterxml.jackson.databind.JsonNode")) {
            return "tree(p, c)"; // JSON null stays a null node, as the mapper reads it
        }
        if (c.read().reader() != null || c.read().creator() != null) {
            return nul + direct(c.read(), e, "t");
        }
        return null;
    }

    /** Whether the record keeps its timestamps' text ({@code Map<String, String> rawTimes}). */
    private boolean rawTimes() {
        return m.components().stream().anyMatch(c -> c.name().equals("rawTimes") && c.kind() == Kind.MAP
                && "java.lang.String".equals(c.key()) && "java.lang.String".equals(c.element()));
    }

    /** The JSON name and aliases of a component; none when Jackson does not read it. */
    static List<String> names(Component c) {
        List<String> names = new ArrayList<>();
        for (String a : c.jackson()) {
            Matcher n = NAME.matcher(a);
            if (n.find()) {
                names.add(0, n.group(1));
            }
            Matcher al = ALIASES.matcher(a);
            if (al.find()) {
                Matcher q = QUOTED.matcher(al.group(1));
                while (q.find()) {
                    names.add(q.group(1));
                }
            }
        }
        return names;
    }

    /** The {@code TimeJson.Form} constant of a component, or null without the annotation. */
    private static String form(Component c) {
        for (String a : c.jackson()) {
            Matcher f = FORM.matcher(a);
            if (f.find()) {
                return f.group(1) == null ? "RFC3339" : f.group(1);
            }
        }
        return null;
    }

    /** A type for the mapper, as a string literal: {@code ModelReader} resolves it on first use. */
    private static String type(String canonical) {
        return "\"" + canonical + "\"";
    }

    private void line(int indent, String s) {
        out.append("    ".repeat(indent)).append(s).append('\n');
    }
}
