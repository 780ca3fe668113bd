package io.github.flymachines.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.flymachines.errors.BadRequestException;
import io.github.flymachines.errors.CapacityException;
import io.github.flymachines.errors.ConflictException;
import io.github.flymachines.errors.ErrorDetails;
import io.github.flymachines.errors.FlyServiceException;
import io.github.flymachines.errors.ForbiddenException;
import io.github.flymachines.errors.LeaseConflictException;
import io.github.flymachines.errors.NameTakenException;
import io.github.flymachines.errors.NotFoundException;
import io.github.flymachines.errors.PreconditionFailedException;
import io.github.flymachines.errors.RateLimitedException;
import io.github.flymachines.errors.RequestTimeoutException;
import io.github.flymachines.errors.ServerErrorException;
import io.github.flymachines.errors.UnauthorizedException;
import io.github.flymachines.errors.UnprocessableEntityException;
import io.github.flymachines.internal.api.Operation;
import io.github.flymachines.internal.json.Json;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Turns an error response into the matching typed exception. */
public final class ErrorMapper {
    /** How many characters of an error body an exception keeps. */
    public static final int BODY_LIMIT = 2048;

    private ErrorMapper() {
    }

    /**
     * Maps an error response.
     *
     * @param request the request that failed
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the raw body
     * @param clock the clock, to turn an HTTP-date {@code Retry-After} into a delay
     * @return the exception (not thrown)
     */
    public static FlyServiceException map(ApiRequest request, int status, Map<String, List<String>> headers,
            byte[] body, Clock clock) {
        return map(request, status, headers, body, clock, java.util.Set.of());
    }

    /**
     * Maps an error response, masking the given secrets (the token's parts) wherever the body
     * echoes them.
     *
     * @param request the request that failed
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the raw body
     * @param clock the clock, to turn an HTTP-date {@code Retry-After} into a delay
     * @param secrets secrets to mask besides those the request carries
     * @return the exception (not thrown)
     */
    public static FlyServiceException map(ApiRequest request, int status, Map<String, List<String>> headers,
            byte[] body, Clock clock, java.util.Set<String> secrets) {
        ErrorDetails details = details(request, status, headers, body, secrets);
        String msg = details.apiMessage() == null ? "" : details.apiMessage().toLowerCase(Locale.ROOT);
        String code = details.apiStatus() == null ? "" : details.apiStatus().toLowerCase(Locale.ROOT);

        CapacityException.Scope scope = capacityScope(request.operation(), status, code, msg);
        if (scope != null) {
            return new CapacityException(details, scope, regionOf(request));
        }
        switch (status) {
            case 400:
                return new BadRequestException(details);
            case 401:
                return new UnauthorizedException(details);
            case 403:
                return new ForbiddenException(details);
            case 404:
                return new NotFoundException(details);
            case 408:
                return new RequestTimeoutException(details);
            case 409:
                return msg.contains("lease") ? new LeaseConflictException(details) : new ConflictException(details);
            case 412:
                return new PreconditionFailedException(details);
            case 422:
                return code.equals("name_taken") || msg.contains("already been taken")
                        ? new NameTakenException(details) : new UnprocessableEntityException(details);
            case 429:
                return new RateLimitedException(details, retryAfter(headers, clock));
            default:
                if (status >= 500) {
                    return new ServerErrorException(details);
                }
                return new FlyServiceException(details);
        }
    }

    /**
     * Recognises the capacity errors the API really sends.
     *
     * @return the scope, or null when this is not a capacity error
     */
    static CapacityException.Scope capacityScope(Operation op, int status, String code, String msg) {
        if (code.equals("volume_placement_capacity")) {
            return CapacityException.Scope.VOLUME_HOST;
        }
        if (msg.contains("over the allowed quota") || msg.contains("exceeds quota")) {
            return CapacityException.Scope.ORG_QUOTA;
        }
        if (msg.contains("deploys to this host are temporarily disabled")) {
            return CapacityException.Scope.HOST;
        }
        boolean capacity = code.equals("insufficient_capacity") || msg.contains("could not reserve resource")
                || msg.contains("insufficient resources") || msg.contains("no capacity")
                || msg.contains("insufficient capacity");
        if (!capacity || status < 400 || status >= 500) {
            return null;
        }
        if (msg.contains("volume")) {
            return CapacityException.Scope.VOLUME_HOST;
        }
        // A machine that already exists is pinned to its host; a create can go anywhere.
        return op == Operation.MACHINES_CREATE || op == Operation.VOLUMES_CREATE
                ? CapacityException.Scope.REGION : CapacityException.Scope.HOST;
    }

    private static String regionOf(ApiRequest request) {
        if (request.bodyObject() != null) {
            JsonNode n = Json.mapper().valueToTree(request.bodyObject());
            JsonNode r = n.get("region");
            if (r != null && r.isTextual()) {
                return r.asText();
            }
        }
        return null;
    }

    /**
     * Builds the details of an error response: parsed fields, request id, bounded redacted body and
     * allow-listed headers.
     */
    public static ErrorDetails details(ApiRequest request, int status, Map<String, List<String>> headers,
            byte[] body) {
        return details(request, status, headers, body, java.util.Set.of());
    }

    /**
     * Builds the details of an error response, masking the given secrets as well.
     *
     * @param request the request
     * @param status the HTTP status
     * @param headers the response headers
     * @param body the raw body
     * @param secrets secrets to mask besides those the request carries (the token's parts)
     * @return the details
     */
    public static ErrorDetails details(ApiRequest request, int status, Map<String, List<String>> headers,
            byte[] body, java.util.Set<String> secrets) {
        String apiMessage = null;
        String apiStatus = null;
        // the API may echo what it was sent (an env value, the nonce, the token): mask those in every rendering
        java.util.Set<String> known = new java.util.HashSet<>(Redactor.secretsOf(request));
        known.addAll(secrets);
        JsonNode tree = Json.treeOrNull(body);
        if (tree != null && tree.isObject()) {
            apiMessage = text(tree, "error");
            if (apiMessage == null) {
                apiMessage = text(tree, "message");
            }
            apiMessage = Redactor.scrub(apiMessage, known);
            apiStatus = text(tree, "status");
            if ("error".equals(apiStatus)) {
                // the lease endpoints use {status:"error", message, code}
                apiStatus = text(tree, "code");
            }
        } else if (body != null && body.length > 0) {
            String raw = Redactor.body(body, 300, known).strip();
            apiMessage = raw.isEmpty() ? null : raw;
        }
        Map<String, List<String>> allowed = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (k != null && Redactor.headerAllowed(k)) {
                allowed.put(k.toLowerCase(Locale.ROOT), List.copyOf(v));
            }
        });
        String requestId = first(headers, "fly-request-id");
        return new ErrorDetails(request.method(), request.path(), status, apiStatus, apiMessage, requestId,
                Redactor.body(body, BODY_LIMIT, known), allowed);
    }

    private static String text(JsonNode tree, String field) {
        JsonNode n = tree.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        return n.isTextual() ? n.asText() : n.toString();
    }

    /**
     * Returns the first value of a header, any case.
     *
     * @param headers the headers
     * @param name the name
     * @return the value or null
     */
    public static String first(Map<String, List<String>> headers, String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey() != null && e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().get(0);
            }
        }
        return null;
    }

    /**
     * Parses {@code Retry-After} (delta seconds, possibly fractional, or an HTTP-date) and
     * {@code retry-after-ms}.
     *
     * @param headers the response headers
     * @param clock the clock for HTTP-dates
     * @return the delay, or null when absent or unreadable
     */
    public static Duration retryAfter(Map<String, List<String>> headers, Clock clock) {
        String ms = first(headers, "retry-after-ms");
        if (ms != null) {
            try {
                double v = Double.parseDouble(ms.trim());
                if (v >= 0 && Double.isFinite(v)) {
                    return Duration.ofNanos((long) (v * 1_000_000));
                }
            } catch (NumberFormatException ignored) {
                // fall through to Retry-After
            }
        }
        String v = first(headers, "retry-after");
        if (v == null || v.isBlank()) {
            return null;
        }
        v = v.trim();
        try {
            double secs = Double.parseDouble(v);
            if (secs < 0 || !Double.isFinite(secs)) {
                return null;
            }
            return Duration.ofNanos((long) (secs * 1_000_000_000L));
        } catch (NumberFormatException ignored) {
            // not a number: try an HTTP-date
        }
        try {
            ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
            Duration d = Duration.between(clock.instant(), at.toInstant());
            return d.isNegative() ? Duration.ZERO : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
