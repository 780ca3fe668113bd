package io.github.flymachines.testing.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates requests (and responses) against the official OpenAPI spec in
 * {@code spec/machines-openapi3.json} (a copy of the published spec), minus the documented defects in {@link SpecDefects}.
 */
public final class SpecValidator {
    private static volatile OpenApiInteractionValidator validator;

    private SpecValidator() {
    }

    /** @return the path of the spec file */
    public static Path specPath() {
        String prop = System.getProperty("fly.spec.path");
        List<Path> candidates = new ArrayList<>();
        if (prop != null) {
            candidates.add(Paths.get(prop));
        }
        candidates.add(Paths.get("../spec/machines-openapi3.json"));
        candidates.add(Paths.get("spec/machines-openapi3.json"));
        candidates.add(Paths.get("../../shared/spec/machines-openapi3.json"));
        candidates.add(Paths.get("../shared/spec/machines-openapi3.json"));
        for (Path p : candidates) {
            if (Files.isRegularFile(p)) {
                return p.toAbsolutePath().normalize();
            }
        }
        throw new IllegalStateException("cannot find machines-openapi3.json; tried " + candidates);
    }

    static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (SpecValidator.class) {
                if (validator == null) {
                    try {
                        String spec = SpecDefects.patchSpecDocument(Files.readString(specPath(), StandardCharsets.UTF_8));
                        validator = OpenApiInteractionValidator.createForInlineApiSpecification(spec)
                                .withLevelResolver(LevelResolver.create()
                                        // unknown query parameters and headers are reported as errors too
                                        .withLevel("validation.request.parameter.query.unexpected",
                                                ValidationReport.Level.ERROR)
                                        .build())
                                .build();
                    } catch (Exception e) {
                        throw new IllegalStateException("cannot load the spec", e);
                    }
                }
            }
        }
        return validator;
    }

    /**
     * Validates one logged WireMock request.
     *
     * @param r the request
     * @return the problems not covered by a documented defect (empty when valid)
     */
    public static List<String> validate(LoggedRequest r) {
        URI uri = URI.create(r.getUrl());
        SimpleRequest.Builder b = new SimpleRequest.Builder(r.getMethod().getName(), uri.getRawPath());
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String k = decode(eq < 0 ? pair : pair.substring(0, eq));
                String v = eq < 0 ? "" : decode(pair.substring(eq + 1));
                query.computeIfAbsent(k, x -> new ArrayList<>()).add(v);
            }
        }
        query.forEach(b::withQueryParam);
        for (HttpHeader h : r.getHeaders().all()) {
            b.withHeader(h.key(), h.values());
        }
        byte[] body = r.getBody();
        if (body != null && body.length > 0) {
            b.withBody(body);
        }
        Request req = b.build();
        ValidationReport report = validator().validateRequest(req);
        return SpecDefects.filter(r.getMethod().getName(), uri.getRawPath(), report, SpecDefects.Side.REQUEST);
    }

    /**
     * Validates a response for a request.
     *
     * @param method the request method
     * @param path the request path
     * @param status the response status
     * @param contentType the content type, may be null
     * @param body the body, may be null
     * @return the problems not covered by a documented defect
     */
    public static List<String> validateResponse(String method, String path, int status, String contentType,
            String body) {
        SimpleResponse.Builder b = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            b.withContentType(contentType);
        }
        if (body != null && !body.isEmpty()) {
            b.withBody(body);
        }
        ValidationReport report = validator().validateResponse(path, Request.Method.valueOf(method), b.build());
        return SpecDefects.filter(method, path, report, SpecDefects.Side.RESPONSE);
    }

    private static String decode(String s) {
        return java.net.URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
