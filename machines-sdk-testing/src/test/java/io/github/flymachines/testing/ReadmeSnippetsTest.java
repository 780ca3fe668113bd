package io.github.flymachines.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} code block in README.md compiles against the SDK and the fake, so the
 * documentation cannot drift from the API. Each block becomes the body of a method; variables a
 * block uses without declaring them are the method's parameters.
 *
 * <p>The root README's statement blocks must be complete (they declare every variable they use) and
 * they also run, against the embedded fake: {@code FlyMachines.builder()} becomes a builder
 * pointing at the fake and {@code FlyToken.fromEnv()} its token; nothing else changes. After each,
 * the fake must hold no machine that is still running: what a snippet creates, it cleans up.
 */
class ReadmeSnippetsTest {
    private static final String IMPORTS = String.join("\n",
            "import io.github.flymachines.*;", "import io.github.flymachines.api.*;",
            "import io.github.flymachines.errors.*;", "import io.github.flymachines.lifecycle.*;",
            "import io.github.flymachines.model.*;", "import io.github.flymachines.retry.*;",
            "import io.github.flymachines.pool.*;", "import io.github.flymachines.jobs.*;",
            "import io.github.flymachines.observe.*;",
            "import io.github.flymachines.testing.*;", "import java.time.*;", "import java.util.*;",
            "import java.util.concurrent.*;", "import org.junit.jupiter.api.*;",
            "import org.junit.jupiter.api.extension.*;", "import static org.junit.jupiter.api.Assertions.*;");

    /** Variables README blocks may use without declaring them: type and name. */
    private static final String[][] FREE = {
        {"FlyMachines", "fly"}, {"MachinesClient", "machines"}, {"MachineClient", "machine"},
        {"MachineConfig", "config"}, {"java.time.Clock", "clock"}, {"Sleeper", "sleeper"},
        {"java.util.random.RandomGenerator", "random"}, {"io.github.resilience4j.retry.RetryRegistry", "myRetryRegistry"},
        {"io.github.resilience4j.circuitbreaker.CircuitBreaker", "myCircuitBreaker"}, {"FakeFly", "fake"},
        {"Machine", "m"},
    };

    @Test
    void everyJavaBlockInTheReadmeCompiles(@TempDir Path out) throws IOException {
        Path root = projectRoot();
        List<JavaFileObject> sources = new ArrayList<>();
        int n = 0;
        int inRootReadme = 0;
        for (Path readme : List.of(root.resolve("README.md"), root.resolve("machines-sdk-testing/README.md"),
                root.resolve("machines-sdk-examples/README.md"))) {
            if (!Files.exists(readme)) {
                continue;
            }
            Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(readme));
            while (blocks.find()) {
                n++;
                inRootReadme += readme.getParent().equals(root) ? 1 : 0;
                sources.add(source("Snippet" + n, wrap("Snippet" + n, blocks.group(1))));
            }
        }
        assertTrue(inRootReadme >= 3, "README has " + inRootReadme + " java blocks");
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null);
        StringWriter log = new StringWriter();
        boolean ok = javac.getTask(log, fm, diags, List.of("-d", out.toString(), "-proc:none", "-classpath",
                System.getProperty("java.class.path")), null, sources).call();
        StringBuilder why = new StringBuilder();
        diags.getDiagnostics().forEach(d -> why.append(d.getSource() == null ? "" : d.getSource().getName())
                .append(':').append(d.getLineNumber()).append(' ').append(d.getMessage(Locale.ROOT)).append('\n'));
        assertTrue(ok, "README java blocks do not compile:\n" + why + log);
        assertEquals(n, sources.size());
    }

    @Test
    void everyUsageBlockOfTheRootReadmeIsCompleteAndRuns(@TempDir Path out) throws Exception {
        Path root = projectRoot();
        Matcher blocks = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(Files.readString(root.resolve("README.md")));
        List<JavaFileObject> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int n = 0;
        while (blocks.find()) {
            // line comments do not count as uses of a variable (a comment may say "machine id")
            String body = blocks.group(1).replaceAll("(?m)(^|\\s)//.*$", "");
            n++;
            String wrapped = wrap("Run" + n, body);
            if (!wrapped.contains("void run(")) {
                continue; // class members (the fake example): run by ReadmeFakeExampleTest
            }
            assertTrue(wrapped.contains("void run() throws"), "README java block " + n
                    + " uses variables it does not declare:\n" + wrapped.substring(wrapped.indexOf("void run(")).lines()
                    .findFirst().orElse(""));
            String runnable = wrapped.replace("FlyMachines.builder()", "ReadmeFake.builder()")
                    .replace("FlyToken.fromEnv()", "ReadmeFake.token()")
                    .replace("class Run" + n + " {", "public class Run" + n + " {")
                    .replace("  void run() throws", "  public void run() throws");
            sources.add(source("Run" + n, runnable));
            names.add("Run" + n);
        }
        assertTrue(names.size() >= 3, "runnable README blocks: " + names);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        StandardJavaFileManager fm = javac.getStandardFileManager(diags, Locale.ROOT, null);
        boolean ok = javac.getTask(new StringWriter(), fm, diags, List.of("-d", out.toString(), "-proc:none",
                "-classpath", System.getProperty("java.class.path")), null, sources).call();
        assertTrue(ok, "README blocks do not compile for running: " + diags.getDiagnostics());
        FakeFly fake = FakeFly.builder().autoAdvance(true).autoCreateApps(true).build().start();
        ReadmeFake.fake = fake;
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {out.toUri().toURL()},
                getClass().getClassLoader())) {
            for (String name : names) {
                Object snippet = loader.loadClass(name).getConstructor().newInstance();
                snippet.getClass().getMethod("run").invoke(snippet);
                for (String id : fake.machineIds("my-app")) {
                    String state = fake.machineState("my-app", id);
                    assertTrue(state.equals("destroyed") || state.equals("destroying"),
                            name + " left machine " + id + " " + state);
                }
            }
        } finally {
            ReadmeFake.fake = null;
            fake.stop();
        }
    }

    private static String wrap(String name, String body) {
        StringBuilder params = new StringBuilder();
        for (String[] v : FREE) {
            boolean declared = Pattern.compile("\\b[\\w.<>]+\\s+" + v[1] + "\\s*=").matcher(body).find()
                    || Pattern.compile("\\(\\s*[\\w.<>]+\\s+" + v[1] + "\\s*=").matcher(body).find();
            if (!declared && Pattern.compile("\\b" + v[1] + "\\b").matcher(body).find()) {
                params.append(params.length() == 0 ? "" : ", ").append(v[0]).append(' ').append(v[1]);
            }
        }
        if (Pattern.compile("(?m)^(@Test|@RegisterExtension|static |void )").matcher(body).find()) {
            // members of a test class: fields and methods; free variables become fields
            return IMPORTS + "\nclass " + name + " {\n" + params.toString().replace(", ", ";\n") + (params.length() > 0
                    ? ";\n" : "") + body + "\n}\n";
        }
        if (body.contains("class ") && !body.contains("new class")) {
            return IMPORTS + "\n" + body.replaceFirst("(public\\s+)?class\\s+\\w+", "class " + name);
        }
        return IMPORTS + "\nclass " + name + " {\n  void run(" + params + ") throws Exception {\n" + body + "\n  }\n}\n";
    }

    private static JavaFileObject source(String name, String code) {
        return new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    /** The directory holding the Maven wrapper and the parent POM. */
    private static Path projectRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        assertTrue(dir != null, "project root not found above " + Path.of("").toAbsolutePath());
        return dir;
    }
}
