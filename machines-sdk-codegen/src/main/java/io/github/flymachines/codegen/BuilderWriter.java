package io.github.flymachines.codegen;

import io.github.flymachines.codegen.RecordModel.Component;
import io.github.flymachines.codegen.RecordModel.Kind;
import java.util.StringJoiner;

/** Writes the source of one {@code <Record>Builder}: builder, copy methods and toString. */
final class BuilderWriter {
    private static final String MODELS = "io.github.flymachines.internal.util.Models";

    private final RecordModel m;
    private final StringBuilder out = new StringBuilder();
    private final String rec;
    private final String self;

    BuilderWriter(RecordModel model) {
        this.m = model;
        this.rec = model.name() + model.typeArgs();
        this.self = model.builderName() + model.typeArgs();
    }

    String write() {
        line(0, "package " + m.pkg() + ";");
        line(0, "");
        m.imports().forEach(i -> line(0, i));
        line(0, "");
        line(0, "/**");
        line(0, " * Builds {@link " + m.name() + "} records. Start from {@link " + m.name()
                + "#builder()}, or from a record with {@link With#toBuilder()}.");
        line(0, " *");
        line(0, " * <p>Generated from the record's components by the SDK's build; every method's");
        line(0, " * documentation is the component's.");
        typeParamDocs(0);
        line(0, " */");
        line(0, "@javax.annotation.processing.Generated(\"io.github.flymachines.codegen.ModelProcessor\")");
        if (m.json()) {
            line(0, "@com.fasterxml.jackson.databind.annotation.JsonPOJOBuilder(withPrefix = \"\")");
            line(0, "@com.fasterxml.jackson.annotation.JsonAutoDetect(setterVisibility"
                    + " = com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility.NONE)");
        }
        line(0, "public final class " + self + " {");
        fields();
        constructors();
        m.components().forEach(this::setters);
        build();
        render();
        with();
        line(0, "}");
        return out.toString();
    }

    private void fields() {
        for (Component c : m.components()) {
            switch (c.kind()) {
                case SCALAR -> line(1, "private " + c.type() + " " + c.name() + ";");
                case LIST -> line(1, "private final java.util.List<" + c.element() + "> " + c.name()
                        + " = new java.util.ArrayList<>();");
                case MAP, EXTRA -> line(1, "private final java.util.Map<" + c.key() + ", " + c.element() + "> "
                        + c.name() + " = new java.util.LinkedHashMap<>();");
            }
        }
        line(0, "");
    }

    private void constructors() {
        doc(1, "Starts an empty builder; {@link " + m.name() + "#builder()} does the same.");
        line(1, "public " + m.builderName() + "() {");
        line(1, "}");
        line(0, "");
        line(1, "private " + m.builderName() + "(" + rec + " self) {");
        for (Component c : m.components()) {
            String get = "self." + c.name() + "()";
            switch (c.kind()) {
                case SCALAR -> line(2, "this." + c.name() + " = " + get + ";");
                case LIST -> line(2, "this." + c.name() + ".addAll(" + MODELS + ".list(" + get + "));");
                case MAP -> line(2, "this." + c.name() + ".putAll(" + MODELS + ".map(" + get + "));");
                case EXTRA -> line(2, "this." + c.name() + ".putAll(" + MODELS + ".extra(" + get + "));");
            }
        }
        line(1, "}");
        line(0, "");
    }

    private void setters(Component c) {
        String n = c.name();
        String link = "{@link " + m.name() + "#" + n + "() " + n + "}";
        switch (c.kind()) {
            case SCALAR -> {
                doc(1, "Sets " + link + ".", "@param " + n + " " + c.doc(), "@return this builder");
                c.jackson().forEach(a -> line(1, a));
                line(1, "public " + self + " " + n + "(" + c.type() + " " + n + ") {");
                line(2, "this." + n + " = " + n + ";");
                line(2, "return this;");
                line(1, "}");
            }
            case LIST -> {
                replacingSetter(c, link, "elements", "java.util.List<? extends " + c.element() + ">", "addAll");
                doc(1, "Sets " + link + ", replacing earlier elements.", "@param " + n + " " + c.doc(),
                        "@return this builder");
                if (!c.reifiable()) {
                    line(1, "@SafeVarargs");
                    line(1, "@SuppressWarnings(\"varargs\")");
                }
                line(1, "public " + (c.reifiable() ? "" : "final ") + self + " " + n + "(" + c.element() + "... " + n
                        + ") {");
                line(2, "return " + n + "(java.util.Arrays.asList(" + n + "));");
                line(1, "}");
                line(0, "");
                doc(1, "Adds one element to " + link + ": " + c.doc(), "@param element the element to add",
                        "@return this builder");
                line(1, "public " + self + " " + c.adder() + "(" + c.element() + " element) {");
                line(2, "this." + n + ".add(element);");
                line(2, "return this;");
                line(1, "}");
            }
            case MAP, EXTRA -> {
                replacingSetter(c, link, "entries", "java.util.Map<" + c.key() + ", ? extends " + c.element() + ">",
                        "putAll");
                doc(1, "Puts one entry into " + link + ": " + c.doc(), "@param key the key", "@param value the value",
                        "@return this builder");
                if (c.kind() == Kind.EXTRA && m.json()) {
                    line(1, "@com.fasterxml.jackson.annotation.JsonAnySetter");
                }
                line(1, "public " + self + " " + c.adder() + "(" + c.key() + " key, " + c.element() + " value) {");
                line(2, "this." + n + ".put(key, value);");
                line(2, "return this;");
                line(1, "}");
            }
        }
        line(0, "");
    }

    /** The setter of a collection: replaces its contents, and null clears it. Jackson reads through it. */
    private void replacingSetter(Component c, String link, String what, String type, String addAll) {
        String n = c.name();
        doc(1, "Sets " + link + ", replacing earlier " + what + "; null clears it.", "@param " + n + " " + c.doc(),
                "@return this builder");
        c.jackson().forEach(a -> line(1, a));
        line(1, "public " + self + " " + n + "(" + type + " " + n + ") {");
        line(2, "this." + n + ".clear();");
        line(2, "if (" + n + " != null) {");
        line(3, "this." + n + "." + addAll + "(" + n + ");");
        line(2, "}");
        line(2, "return this;");
        line(1, "}");
        line(0, "");
    }

    private void build() {
        doc(1, "Builds the record. Collections are copied into unmodifiable ones, without null elements.",
                "@return a new {@link " + m.name() + "}");
        line(1, "public " + rec + " build() {");
        StringJoiner args = new StringJoiner(", ");
        m.components().forEach(c -> args.add(normalized(c, c.name())));
        line(2, "return new " + m.name() + (m.typeParams().isEmpty() ? "" : "<>") + "(" + args + ");");
        line(1, "}");
        line(0, "");
    }

    private void render() {
        line(1, "/**");
        line(1, " * Renders a record for its {@code toString}: set components only, secrets masked,");
        line(1, " * unknown fields by name only.");
        line(1, " *");
        line(1, " * @param self the record");
        line(1, " * @return the text");
        line(1, " */");
        line(1, "static String render(" + m.name() + (m.typeParams().isEmpty() ? "" : "<?>") + " self) {");
        line(2, "return " + MODELS + ".ToString.of(\"" + m.name() + "\")");
        for (Component c : m.components()) {
            String get = "self." + c.name() + "()";
            String call = c.kind() == Kind.EXTRA ? ".extra(" + get + ")"
                    : !c.secret() ? ".add(\"" + c.name() + "\", " + get + ")"
                    : c.kind() == Kind.MAP ? ".secretValues(\"" + c.name() + "\", " + get + ")"
                    : ".secret(\"" + c.name() + "\", " + get + ")";
            line(4, call);
        }
        line(4, ".toString();");
        line(1, "}");
        line(0, "");
    }

    private void with() {
        line(1, "/**");
        line(1, " * The copy methods of {@link " + m.name() + "}: each {@code withX} returns a copy with one");
        line(1, " * component replaced, everything else (unknown fields included) kept.");
        typeParamDocs(1);
        line(1, " */");
        line(1, "public sealed interface With" + m.typeArgs() + " permits " + m.name() + " {");
        doc(2, "Returns a builder holding this record's values, unknown fields included.", "@return a builder");
        unchecked();
        line(2, "default " + self + " toBuilder() {");
        line(3, "return new " + m.builderName() + (m.typeParams().isEmpty() ? "" : "<>") + "((" + rec + ") this);");
        line(2, "}");
        for (Component c : m.components()) {
            line(0, "");
            doc(2, "Returns a copy with {@link " + m.name() + "#" + c.name() + "() " + c.name() + "} replaced.",
                    "@param " + c.name() + " " + c.doc(), "@return the copy");
            unchecked();
            line(2, "default " + rec + " with" + c.capitalized() + "(" + c.type() + " " + c.name() + ") {");
            line(3, rec + " self = (" + rec + ") this;");
            StringJoiner args = new StringJoiner(", ");
            for (Component o : m.components()) {
                args.add(o == c ? normalized(c, c.name()) : "self." + o.name() + "()");
            }
            line(3, "return new " + m.name() + (m.typeParams().isEmpty() ? "" : "<>") + "(" + args + ");");
            line(2, "}");
        }
        line(1, "}");
    }

    private void unchecked() {
        if (!m.typeParams().isEmpty()) {
            line(2, "@SuppressWarnings(\"unchecked\")");
        }
    }

    private static String normalized(Component c, String value) {
        return switch (c.kind()) {
            case SCALAR -> value;
            case LIST -> MODELS + ".list(" + value + ")";
            case MAP -> MODELS + ".map(" + value + ")";
            case EXTRA -> MODELS + ".extra(" + value + ")";
        };
    }

    private void typeParamDocs(int indent) {
        if (!m.typeParams().isEmpty()) {
            line(indent, " *");
            m.typeParamDocs().forEach((n, d) -> line(indent, " * @param <" + n + "> " + d));
        }
    }

    private void doc(int indent, String summary, String... tags) {
        line(indent, "/**");
        line(indent, " * " + summary);
        if (tags.length > 0) {
            line(indent, " *");
            for (String t : tags) {
                line(indent, " * " + t);
            }
        }
        line(indent, " */");
    }

    private void line(int indent, String text) {
        out.append("    ".repeat(indent)).append(text).append('\n');
    }
}
