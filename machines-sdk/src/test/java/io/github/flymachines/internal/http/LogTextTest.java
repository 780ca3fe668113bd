package io.github.flymachines.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.flymachines.support.LogCapture;
import io.github.flymachines.support.WireMockApi;
import java.util.List;
import java.util.logging.LogRecord;
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
        List<LogRecord> records;
        try (LogCapture log = LogCapture.start("io.github.flymachines")) {
            api.client().app("my-app").machines().withId("3d8d413b29d089").get();
            records = log.records();
        }
        assertTrue(records.stream().anyMatch(r -> r.getMessage().contains("\"note\":\"{0} {} %s\"")),
                "no TRACE body with the text as sent: " + records.stream().map(LogRecord::getMessage).toList());
        for (LogRecord r : records) {
            assertTrue(r.getParameters() == null || r.getParameters().length == 0, "text passed as a format: " + r.getMessage());
        }
    }
}
