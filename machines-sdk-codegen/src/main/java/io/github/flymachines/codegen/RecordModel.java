package io.github.flymachines.codegen;

import com.sun.source.tree.ImportTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/** What the generator needs to know of one record: its components, their docs and JSON annotations. */
record RecordModel(String pkg, String name, List<String> typeParams, Map<String, String> typeParamDocs,
        List<String> imports, boolean json, List<Component> components) {

    /** Jackson annotations that only concern writing, or that the builder handles itself. */
    private static final Set<String> NOT_COPIED = Set.of("JsonSerialize", "JsonAnyGetter", "JsonAnySetter",
            "JsonInclude", "JsonIgnore", "JsonGetter", "JsonValue", "JsonRawValue", "JsonPropertyOrder");
    private static final Pattern PARAM = Pattern.compile("^@param\\s+(<?\\w+>?)\\s+(.*)$", Pattern.DOTALL);
    private static final Pattern LOCAL_LINK = Pattern.compile("\\{@(link|linkplain)\\s+#");

    /** How a component is built and copied. */
    enum Kind { SCALAR, LIST, MAP, EXTRA }

    /**
     * One record component.
     *
     * @param name the component name
     * @param type the declared type, as source
     * @param kind scalar, list, map or the unknown-fields map
     * @param element the list element type, or the map value type, as source
     * @param key the map key type, as source
     * @param doc the component's javadoc, from the record's {@code @param} tag
     * @param jackson the Jackson annotations that the builder's setter carries, as source
     * @param secret whether toString masks the value (the values, for a map)
     * @param reifiable whether the list element type can be a varargs element without warnings
     * @param read how the JSON reader reads the value's type (a scalar's, or a list's elements)
     */
    record Component(String name, String type, Kind kind, String element, String key, String doc,
            List<String> jackson, boolean secret, boolean reifiable, Read read) {

        /** {@return the name with an upper-case first letter} */
        String capitalized() {
            return Character.toUpperCase(name.charAt(0)) + name.substring(1);
        }

        /** {@return the name of the one-element adder: {@code addService} for {@code services}} */
        String adder() {
            String singular = name.endsWith("sses") ? name.substring(0, name.length() - 2)
                    : name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            return (kind == Kind.LIST ? "add" : "put") + Character.toUpperCase(singular.charAt(0)) + singular.substring(1);
        }
    }

    /**
     * How a type is read from JSON without the mapper: through the generated reader of a model
     * record, or through a static {@code @JsonCreator} factory taking a string (the open enums).
     *
     * @param reader the simple name of the generated reader class, or null
     * @param creator the qualified type and factory, {@code pkg.Type.of}, or null
     */
    record Read(String reader, String creator) {
        static final Read MAPPER = new Read(null, null);

        /** {@return how a declared type is read} */
        static Read of(TypeMirror t) {
            if (t.getKind() != TypeKind.DECLARED) {
                return MAPPER;
            }
            TypeElement e = (TypeElement) ((DeclaredType) t).asElement();
            // the reader is generated in this same compilation, so the annotation's class value does not
            // resolve yet: a model record read through a generated reader is one that gets a builder
            // and names a deserializer
            boolean reader = e.getKind() == javax.lang.model.element.ElementKind.RECORD
                    && e.getTypeParameters().isEmpty()
                    && ModelProcessor.wantsBuilder(e)
                    && e.getAnnotationMirrors().stream().anyMatch(a -> annotationName(a)
                            .equals("com.fasterxml.jackson.databind.annotation.JsonDeserialize"));
            if (reader) {
                return new Read(e.getSimpleName() + "Reader", null);
            }
            for (javax.lang.model.element.ExecutableElement m : ElementFilter.methodsIn(e.getEnclosedElements())) {
                boolean creator = m.getAnnotationMirrors().stream()
                        .anyMatch(a -> annotationName(a).equals("com.fasterxml.jackson.annotation.JsonCreator"));
                if (creator && m.getModifiers().contains(javax.lang.model.element.Modifier.STATIC)
                        && m.getModifiers().contains(javax.lang.model.element.Modifier.PUBLIC)
                        && m.getParameters().size() == 1
                        && m.getParameters().get(0).asType().toString().equals("java.lang.String")) {
                    return new Read(null, e.getQualifiedName() + "." + m.getSimpleName());
                }
            }
            return MAPPER;
        }
    }

    /** A record the generator cannot handle; reported as a compile error on the element. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Element element;

        Invalid(Element element, String message) {
            super(message);
            this.element = element;
        }

        Element element() {
            return element;
        }
    }

    /** {@return the simple name of the generated class} */
    String builderName() {
        return name + "Builder";
    }

    /** {@return the type parameters as source, e.g. {@code <T>}, or empty} */
    String typeArgs() {
        return typeParams.isEmpty() ? "" : "<" + String.join(", ", typeParams) + ">";
    }

    static RecordModel read(TypeElement type, ProcessingEnvironment env) throws Invalid {
        String name = type.getSimpleName().toString();
        Map<String, String> docs = paramDocs(env.getElementUtils().getDocComment(type), name);
        List<String> typeParams = new ArrayList<>();
        Map<String, String> typeParamDocs = new LinkedHashMap<>();
        for (TypeParameterElement p : type.getTypeParameters()) {
            String n = p.getSimpleName().toString();
            typeParams.add(n);
            typeParamDocs.put(n, docs.getOrDefault("<" + n + ">", "the type parameter of {@link " + name + "}"));
        }
        List<Component> components = new ArrayList<>();
        boolean json = false;
        for (RecordComponentElement c : type.getRecordComponents()) {
            List<AnnotationMirror> annotations = annotations(type, c);
            json |= annotations.stream().anyMatch(RecordModel::jackson);
            components.add(component(type, c, annotations, docs));
        }
        if (json) {
            components = withJsonNames(components);
        }
        return new RecordModel(env.getElementUtils().getPackageOf(type).getQualifiedName().toString(), name,
                typeParams, typeParamDocs, imports(type, env), json, components);
    }

    private static Component component(TypeElement type, RecordComponentElement c, List<AnnotationMirror> annotations,
            Map<String, String> docs) throws Invalid {
        String n = c.getSimpleName().toString();
        if (n.equals("self") || n.equals("build")) {
            throw new Invalid(c, "a component may not be called '" + n + "': the generated builder uses that name");
        }
        String doc = docs.get(n);
        if (doc == null || doc.isBlank()) {
            throw new Invalid(c, "component '" + n + "' of " + type.getSimpleName()
                    + " has no @param javadoc: the generated builder and copy methods take their docs from it");
        }
        TypeMirror t = c.asType();
        Kind kind = Kind.SCALAR;
        String element = null;
        String key = null;
        boolean reifiable = true;
        Read read = Read.of(t);
        if (t.getKind() == TypeKind.DECLARED) {
            DeclaredType d = (DeclaredType) t;
            String raw = d.asElement().toString();
            List<? extends TypeMirror> args = d.getTypeArguments();
            if (raw.equals("java.util.List") && args.size() == 1) {
                kind = Kind.LIST;
                element = args.get(0).toString();
                read = Read.of(args.get(0));
                reifiable = args.get(0).getKind() == TypeKind.DECLARED
                        && ((DeclaredType) args.get(0)).getTypeArguments().isEmpty();
            } else if (raw.equals("java.util.Map") && args.size() == 2) {
                boolean extra = annotations.stream().anyMatch(a -> annotationName(a).endsWith(".JsonAnyGetter"));
                kind = extra ? Kind.EXTRA : Kind.MAP;
                key = args.get(0).toString();
                element = args.get(1).toString();
                read = Read.of(args.get(1));
            } else if (raw.equals("java.util.List") || raw.equals("java.util.Map")) {
                throw new Invalid(c, "component '" + n + "' needs type arguments");
            }
        }
        boolean secret = false;
        List<String> jackson = new ArrayList<>();
        for (AnnotationMirror a : annotations) {
            String an = annotationName(a);
            String simple = an.substring(an.lastIndexOf('.') + 1);
            if (simple.equals("Secret")) {
                secret = true;
            } else if (jackson(a) && !NOT_COPIED.contains(simple)) {
                jackson.add(source(a));
            } else if (simple.equals("JsonIgnore")) {
                jackson.add("@JsonIgnore");
            }
        }
        return new Component(n, t.toString(), kind, element, key, localLinks(doc, type.getSimpleName().toString()),
                jackson, secret, reifiable, read);
    }

    /** In a JSON record, every component Jackson reads gets a named setter; an ignored one gets none. */
    private static List<Component> withJsonNames(List<Component> components) {
        List<Component> out = new ArrayList<>();
        for (Component c : components) {
            List<String> jackson = new ArrayList<>(c.jackson());
            if (jackson.remove("@JsonIgnore")) {
                jackson.clear();
            } else if (c.kind() != Kind.EXTRA && jackson.stream().noneMatch(a -> a.contains(".JsonProperty("))) {
                jackson.add(0, "@com.fasterxml.jackson.annotation.JsonProperty(\"" + c.name() + "\")");
            }
            out.add(new Component(c.name(), c.type(), c.kind(), c.element(), c.key(), c.doc(), jackson, c.secret(),
                    c.reifiable(), c.read()));
        }
        return out;
    }

    /** The annotations of a component, wherever javac put them (component, accessor or field). */
    private static List<AnnotationMirror> annotations(TypeElement type, RecordComponentElement c) {
        Map<String, AnnotationMirror> out = new LinkedHashMap<>();
        c.getAnnotationMirrors().forEach(a -> out.putIfAbsent(annotationName(a), a));
        if (c.getAccessor() != null) {
            c.getAccessor().getAnnotationMirrors().forEach(a -> out.putIfAbsent(annotationName(a), a));
        }
        for (VariableElement f : ElementFilter.fieldsIn(type.getEnclosedElements())) {
            if (f.getSimpleName().contentEquals(c.getSimpleName())) {
                f.getAnnotationMirrors().forEach(a -> out.putIfAbsent(annotationName(a), a));
            }
        }
        return new ArrayList<>(out.values());
    }

    /** An annotation as source with qualified names (javac's own rendering leaves enum constants bare). */
    static String source(AnnotationMirror a) {
        StringJoiner args = new StringJoiner(", ", "(", ")").setEmptyValue("");
        a.getElementValues().forEach((k, v) -> args.add(k.getSimpleName() + " = " + source(v)));
        return "@" + a.getAnnotationType() + args;
    }

    private static String source(AnnotationValue v) {
        return v.accept(new SimpleAnnotationValueVisitor14<String, Void>() {
            @Override
            public String visitEnumConstant(VariableElement c, Void p) {
                return c.getEnclosingElement() + "." + c.getSimpleName();
            }

            @Override
            public String visitType(TypeMirror t, Void p) {
                return t + ".class";
            }

            @Override
            public String visitAnnotation(AnnotationMirror nested, Void p) {
                return source(nested);
            }

            @Override
            public String visitArray(List<? extends AnnotationValue> values, Void p) {
                StringJoiner out = new StringJoiner(", ", "{", "}");
                values.forEach(e -> out.add(source(e)));
                return out.toString();
            }

            @Override
            protected String defaultAction(Object o, Void p) {
                return v.toString(); // strings, chars and numbers: javac writes them as literals
            }
        }, null);
    }

    /** A Jackson annotation, or a bundle of them ({@code @JacksonAnnotationsInside}). */
    private static boolean jackson(AnnotationMirror a) {
        return annotationName(a).startsWith("com.fasterxml.jackson.") || a.getAnnotationType().asElement()
                .getAnnotationMirrors().stream()
                .anyMatch(m -> annotationName(m).equals("com.fasterxml.jackson.annotation.JacksonAnnotationsInside"));
    }

    private static String annotationName(AnnotationMirror a) {
        return a.getAnnotationType().toString();
    }

    /** The record file's imports, so that the docs' {@code {@link}}s resolve in the generated file. */
    private static List<String> imports(TypeElement type, ProcessingEnvironment env) {
        List<String> out = new ArrayList<>();
        try {
            TreePath path = Trees.instance(env).getPath(type);
            if (path != null) {
                for (ImportTree i : path.getCompilationUnit().getImports()) {
                    out.add(i.toString().trim());
                }
            }
        } catch (IllegalArgumentException | NoClassDefFoundError notJavac) {
            // another compiler: the docs' links must then be fully qualified or in the package
        }
        return out;
    }

    /** The {@code @param} texts of a doc comment, by name ({@code <T>} for type parameters). */
    static Map<String, String> paramDocs(String comment, String owner) {
        Map<String, String> out = new LinkedHashMap<>();
        if (comment == null) {
            return out;
        }
        for (String block : comment.split("\\n\\s*(?=@)")) {
            Matcher m = PARAM.matcher(block.trim());
            if (m.matches()) {
                out.put(m.group(1), m.group(2).trim().replaceAll("\\s+", " "));
            }
        }
        return out;
    }

    /** Points the doc's {@code {@link #x()}} at the record, since the text moves to another class. */
    private static String localLinks(String doc, String owner) {
        return LOCAL_LINK.matcher(doc).replaceAll("{@$1 " + owner + "#");
    }
}
