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
