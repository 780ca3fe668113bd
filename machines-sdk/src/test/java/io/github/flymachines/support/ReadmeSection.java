package io.github.flymachines.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Keeps generated sections of README.md in step with the tests: the text between
 * {@code <!-- name:start -->} and {@code <!-- name:end -->} must equal what the test generates.
 * Run the tests with {@code -Dfly.writeReadme=true} to rewrite the sections.
 */
public final class ReadmeSection {
    private ReadmeSection() {
    }

    /** @return the path of README.md at the repository root */
    public static Path readme() {
        for (Path p : new Path[] {Paths.get("../README.md"), Paths.get("README.md")}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IllegalStateException("README.md not found");
    }

    /**
     * Checks (or, with {@code -Dfly.writeReadme=true}, writes) a generated section.
     *
     * @param name the marker name
     * @param generated the expected content
     * @return null when in step, otherwise a message saying what to do
     */
    public static String check(String name, String generated) {
        try {
            Path path = readme();
            String text = Files.readString(path, StandardCharsets.UTF_8);
            String start = "<!-- " + name + ":start -->\n";
            String end = "<!-- " + name + ":end -->";
            int a = text.indexOf(start);
            int b = text.indexOf(end);
            if (a < 0 || b < a) {
                return "README.md has no section " + name;
            }
            String current = text.substring(a + start.length(), b);
            String wanted = generated.endsWith("\n") ? generated : generated + "\n";
            if (current.equals(wanted)) {
                return null;
            }
            if (Boolean.getBoolean("fly.writeReadme")) {
                Files.writeString(path, text.substring(0, a + start.length()) + wanted + text.substring(b),
                        StandardCharsets.UTF_8);
                return null;
            }
            return "README.md section '" + name + "' is out of date; run the tests with -Dfly.writeReadme=true "
                    + "to regenerate it. Expected:\n" + wanted;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
