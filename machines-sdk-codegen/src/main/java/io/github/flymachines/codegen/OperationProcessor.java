package io.github.flymachines.codegen;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Writes the enum {@code io.github.flymachines.internal.api.Operation}, every operation of the
 * Machines API, from the OpenAPI spec and the overlay that names them: the spec gives each
 * operation's method and path, the overlay our constant name, its retry safety, its rate-limit
 * class and whether it is lease-guarded ({@code Safety} and {@code Limit} are the hand-written
 * {@code OperationTraits}). An operation of the spec the overlay does not name, or an overlay row
 * the spec does not have, fails the build, so the two cannot drift apart.
 *
 * <p>It runs only where both options are given, {@value #SPEC} (the spec's JSON file) and
 * {@value #OVERLAY} (the overlay): the SDK's main compilation.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions({OperationProcessor.SPEC, OperationProcessor.OVERLAY})
public final class OperationProcessor extends AbstractProcessor {
    /** The option naming the spec's JSON file. */
    public static final String SPEC = "flymachines.codegen.spec";
    /** The option naming the overlay file. */
    public static final String OVERLAY = "flymachines.codegen.operations";

    private static final String PACKAGE = "io.github.flymachines.internal.api";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private boolean done;

    /** Creates the processor (the compiler does, through the service loader). */
    public OperationProcessor() {
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        String spec = processingEnv.getOptions().get(SPEC);
        String overlay = processingEnv.getOptions().get(OVERLAY);
        if (done || spec == null || overlay == null) {
            return false;
        }
        done = true;
        try {
            String source = write(specOperations(Path.of(spec)), Files.readAllLines(Path.of(overlay)));
            try (Writer w = processingEnv.getFiler().createSourceFile(PACKAGE + ".Operation").openWriter()) {
                w.write(source);
            }
        } catch (IOException | IllegalArgumentException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "cannot generate " + PACKAGE + ".Operation: " + e.getMessage());
        }
        return false;
    }

    /** The spec's operations: operationId to the {@code {method, path}} pairs that carry it. */
    private static Map<String, List<String[]>> specOperations(Path spec) throws IOException {
        Object root = SpecJson.parse(Files.readString(spec, StandardCharsets.UTF_8));
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> path : map(map(root).get("paths")).entrySet()) {
            for (Map.Entry<String, Object> op : map(path.getValue()).entrySet()) {
                if (METHODS.contains(op.getKey()) && map(op.getValue()).get("operationId") instanceof String id) {
                    out.computeIfAbsent(id, k -> new ArrayList<>())
                            .add(new String[] {op.getKey().toUpperCase(Locale.ROOT), path.getKey()});
                }
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        if (!(value instanceof Map)) {
            throw new IllegalArgumentException("the spec is not an OpenAPI document (expected an object)");
        }
        return (Map<String, Object>) value;
    }

    /** The enum's source. */
    static String write(Map<String, List<String[]>> spec, List<String> overlay) {
        StringBuilder constants = new StringBuilder();
        Set<String> named = new LinkedHashSet<>();
        String separator = "";
        for (String raw : overlay) {
            String line = raw.strip();
            if (line.startsWith("## ")) {
                constants.append(separator).append(separator.isEmpty() ? "" : "\n")
                        .append("    // ").append(line.substring(3).strip()).append('\n');
                separator = "";
                continue;
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length < 5 || f.length > 6 || !(f[4].equals("lease") || f[4].equals("-"))) {
                throw new IllegalArgumentException("overlay row not 'constant operationId safety limit lease|- [method]': "
                        + line);
            }
            String[] op = pick(spec, f[1], f.length == 6 ? f[5] : null);
            if (!named.add(op[0] + " " + op[1])) {
                throw new IllegalArgumentException("overlay names " + op[0] + " " + op[1] + " twice");
            }
            constants.append(separator)
                    .append("    /** {@code ").append(op[0]).append(' ').append(op[1]).append("} ({@code ")
                    .append(f[1]).append("}). */\n")
                    .append("    ").append(f[0]).append("(\"").append(f[1]).append("\", \"").append(op[0])
                    .append("\", \"").append(op[1]).append("\", Safety.").append(f[2]).append(", Limit.")
                    .append(f[3]).append(", ").append(f[4].equals("lease")).append(')');
            separator = ",\n";
        }
        for (Map.Entry<String, List<String[]>> e : spec.entrySet()) {
            for (String[] op : e.getValue()) {
                if (!named.contains(op[0] + " " + op[1])) {
                    throw new IllegalArgumentException("the overlay does not name the spec's operation " + e.getKey()
                            + " (" + op[0] + " " + op[1] + ")");
                }
            }
        }
        return TEMPLATE.replace("@CONSTANTS@", constants.append(";\n")).replace("@MEMBERS@", members());
    }

    /** An enum constant's properties, in constructor order: type, name, accessor javadoc. */
    private static final String[][] PROPERTIES = {
        {"String", "operationId", "the spec's operationId"},
        {"String", "method", "the HTTP method"},
        {"String", "pathTemplate", "the path template as in the spec (without {@code /v1})"},
        {"Safety", "safety", "the retry safety class"},
        {"Limit", "limit", "the rate-limit class"},
        {"boolean", "leaseGuarded", "whether a held lease's nonce must be sent"},
    };

    /** The enum's fields, constructor and accessors, one of each per property. */
    private static String members() {
        StringBuilder fields = new StringBuilder();
        StringBuilder parameters = new StringBuilder();
        StringBuilder assignments = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        for (String[] p : PROPERTIES) {
            fields.append("    private final ").append(p[0]).append(' ').append(p[1]).append(";\n");
            parameters.append(parameters.length() == 0 ? "" : ", ").append(p[0]).append(' ').append(p[1]);
            assignments.append("        this.").append(p[1]).append(" = ").append(p[1]).append(";\n");
            accessors.append("\n    /** @return ").append(p[2]).append(" */\n    public ").append(p[0]).append(' ')
                    .append(p[1]).append("() {\n        return ").append(p[1]).append(";\n    }\n");
        }
        return (fields + "\n    Operation(" + parameters + ") {\n" + assignments + "    }\n" + accessors).stripTrailing();
    }

    /** The spec's {@code {method, path}} of an operationId (with the method where it has several). */
    private static String[] pick(Map<String, List<String[]>> spec, String id, String method) {
        List<String[]> ops = spec.get(id);
        if (ops == null) {
            throw new IllegalArgumentException("the spec has no operation " + id);
        }
        for (String[] op : ops) {
            if (method == null ? ops.size() == 1 : op[0].equals(method)) {
                return op;
            }
        }
        throw new IllegalArgumentException(method == null
                ? "the spec gives " + id + " to several methods: name the method in the overlay"
                : "the spec has no " + method + " " + id);
    }

    private static final String TEMPLATE = """
            package io.github.flymachines.internal.api;

            /**
             * Every operation of the Machines API, with what the retry and rate-limit layers must know about
             * it. The names are the spec's {@code operationId}s; the test suite checks that this list and the
             * spec agree.
             *
             * <p>Generated by {@code io.github.flymachines.codegen.OperationProcessor} from the spec and
             * {@code machines-sdk/src/main/spec/operations.txt}: edit those, not this.
             */
            @javax.annotation.processing.Generated("io.github.flymachines.codegen.OperationProcessor")
            public enum Operation implements OperationTraits {
            @CONSTANTS@
            @MEMBERS@
            }
            """;
}
