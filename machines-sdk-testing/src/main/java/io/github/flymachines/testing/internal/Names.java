package io.github.flymachines.testing.internal;

/** Machine names in Fly's "adjective-noun-number" style, derived from the id (stable per id). */
final class Names {
    private static final String[] ADJ = {"autumn", "bold", "calm", "damp", "eager", "fancy", "gentle", "hidden",
        "icy", "jolly", "lively", "misty", "noisy", "proud", "quiet", "rapid"};
    private static final String[] NOUN = {"breeze", "cloud", "dawn", "field", "forest", "glade", "hill", "lake",
        "meadow", "night", "pine", "river", "shadow", "sky", "star", "wave"};

    private Names() {
    }

    static String of(String id) {
        int h = id.hashCode() & 0x7fffffff;
        return ADJ[h % ADJ.length] + "-" + NOUN[(h / ADJ.length) % NOUN.length] + "-" + (h % 10_000);
    }
}
