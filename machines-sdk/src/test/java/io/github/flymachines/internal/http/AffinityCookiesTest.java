package io.github.flymachines.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The cookie store's answers, including the remembered ones, follow what the server set. */
class AffinityCookiesTest {
    private static final URI APP_A = URI.create("https://api.machines.dev/v1/apps/app-a/machines");
    private static final URI APP_AB = URI.create("https://api.machines.dev/v1/apps/app-ab/machines");

    private static Map<String, List<String>> setCookie(String value) {
        return Map.of("set-cookie", List.of(value));
    }

    private static String cookie(AffinityCookies c, URI uri) throws Exception {
        return String.join(";", c.get(uri, Map.of()).getOrDefault("Cookie", List.of()));
    }

    @Test
    void aRepeatedAnswerIsReusedUntilTheServerSetsAnotherValue() throws Exception {
        AffinityCookies c = new AffinityCookies();
        assertEquals("", cookie(c, APP_A));
        c.put(APP_A, setCookie("fly-affinity=one; Path=/v1/apps/app-a"));
        assertEquals("fly-affinity=one", cookie(c, APP_A));
        assertEquals("fly-affinity=one", cookie(c, APP_A), "remembered answer");
        c.put(APP_A, setCookie("fly-affinity=one; Path=/v1/apps/app-a")); // an identical repeat
        assertEquals("fly-affinity=one", cookie(c, APP_A));
        c.put(APP_A, setCookie("fly-affinity=two; Path=/v1/apps/app-a"));
        assertEquals("fly-affinity=two", cookie(c, APP_A), "a new value replaces the remembered answer");
        assertEquals("", cookie(c, APP_AB), "path-match per RFC 6265, not by prefix");
    }

    /** Response headers as java.net.http hands them over: a case-insensitive sorted map. */
    private static Map<String, List<String>> httpClientHeaders(String name, String value) {
        Map<String, List<String>> m = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        m.put("content-type", List.of("application/json"));
        m.put(name, List.of(value));
        return m;
    }

    @Test
    void setCookieIsFoundInTheHttpClientsHeaderMapWhateverTheCase() throws Exception {
        AffinityCookies c = new AffinityCookies();
        c.put(APP_A, httpClientHeaders("Set-Cookie", "fly-affinity=one; Path=/v1/apps/app-a"));
        assertEquals("fly-affinity=one", cookie(c, APP_A));
        c.put(APP_A, httpClientHeaders("set-cookie", "fly-affinity=one; Path=/v1/apps/app-a"));
        assertEquals("fly-affinity=one", cookie(c, APP_A), "an identical repeat, whatever the name's case");
        c.put(APP_A, httpClientHeaders("SET-COOKIE", "fly-affinity=two; Path=/v1/apps/app-a"));
        assertEquals("fly-affinity=two", cookie(c, APP_A), "a new value is stored");
        c.put(APP_A, httpClientHeaders("x-other", "fly-affinity=three; Path=/v1/apps/app-a"));
        assertEquals("fly-affinity=two", cookie(c, APP_A), "no Set-Cookie: nothing stored");
    }

    @Test
    void aCookieTheServerExpiresIsNoLongerSent() throws Exception {
        AffinityCookies c = new AffinityCookies();
        c.put(APP_A, setCookie("fly-affinity=one; Path=/v1/apps/app-a"));
        assertEquals("fly-affinity=one", cookie(c, APP_A));
        c.put(APP_A, setCookie("fly-affinity=one; Path=/v1/apps/app-a; Max-Age=0"));
        assertEquals("", cookie(c, APP_A));
    }

    @Test
    void anotherPathGetsItsOwnAnswer() throws Exception {
        AffinityCookies c = new AffinityCookies();
        c.put(APP_A, setCookie("a=1; Path=/v1/apps/app-a"));
        c.put(APP_AB, setCookie("b=2; Path=/v1/apps/app-ab"));
        assertEquals("a=1", cookie(c, APP_A));
        assertEquals("b=2", cookie(c, APP_AB));
        assertEquals("a=1", cookie(c, APP_A));
    }
}
