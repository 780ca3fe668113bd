package io.github.flymachines.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.support.WireMockApi;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Log text is handed to the backend whole, never as a format with parameters: a bridge to SLF4J or
 * Log4j would otherwise read {@code {}} or {@code {0}} in a body as placeholders and mangle it.
 * (The consumer builds in machines-sdk-it check the same through Logback.)
 */
class LogTextTest {
    @RegisterExtension
    static WireMockApi api = new WireMockApi();

    @Test
    void bodiesReachTheLogUnchangedAndWithoutParameters() {
        String body = "{\"id\":\"3d8d413b29d089\",\"state\":\"started\",\"region\":\"ord\",\"config\":{\"image\":\"nginx:1.27\","
                + "\"metadata\":{\"note\":\"{0} {} %s\"}}}";
        api.skipSpecValidation();
        api.server().stubFor(get(urlEqualTo("/v1/apps/my-app/machines/3d8d413b29d089")).willReturn(okJson(body)));
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger sdk = Logger.getLogger("io.github.flymachines");
        Level before = sdk.getLevel();
        sdk.setLevel(Level.ALL);
        sdk.addHandler(handler);
        try {
            api.client().app("my-app").machines().withId("3d8d413b29d089").get();
        } finally {
            sdk.removeHandler(handler);
            sdk.setLevel(before);
        }
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("\"note\":\"{0} {} %s\"")),
                "no TRACE body with the text as sent: " + records.stream().map(LogRecord::getMessage).toList());
        for (LogRecord r : records) {
            assertTrue(r.getParameters() == null || r.getParameters().length == 0, "text passed as a format: " + r.getMessage());
        }
    }
}
