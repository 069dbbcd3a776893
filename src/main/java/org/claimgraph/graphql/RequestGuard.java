package org.claimgraph.graphql;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns away a POST to /graphql that is not a GraphQL request before SmallRye sees it, with an
 * error that has a code, as every other error here has.
 * <p>
 * Content type (415, UNSUPPORTED_CONTENT_TYPE), for CSRF protection: a browser sends text/plain,
 * form and multipart POSTs cross-site without a CORS preflight, so a page elsewhere could make a
 * signed-in researcher's browser run an operation here; the content types a GraphQL client uses
 * need a preflight. (GET is off altogether, so mutations never run over GET: 405, METHOD_NOT_ALLOWED.)
 * <p>
 * Body (400, BAD_REQUEST): SmallRye's own handler answers a JSON body it cannot read with HTTP 200
 * and "Unparseable request" without a code, and a missing query with a plain-text 400, and it does
 * not look at the types of `variables` or `operationName` at all. The body is read here with a
 * body handler in this route, so the one in SmallRye's route finds it read and passes it on.
 * <p>
 * Response media type, as the GraphQL-over-HTTP spec asks: a client that did not name
 * application/graphql-response+json (no Accept, or *&#47;*) gets application/json, where SmallRye
 * would answer in the new type; and a client that did name it gets HTTP 400 for a request error
 * (a response without `data`: the document does not parse or validate, a variable does not
 * coerce, a limit is exceeded), which SmallRye answers with 200. {@link ResponseJson} marks
 * request errors with {@link #REQUEST_ERROR}.
 */
@Singleton
class RequestGuard {

    private static final Set<String> ACCEPTED = Set.of("application/json", "application/graphql",
            "application/graphql-response+json");

    /** Routing-context key: the response is a request error (it has no `data`). */
    static final String REQUEST_ERROR = "claimgraph.request-error";

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    /** SmallRye reads JSON bodies with raw line breaks and tabs as spaces (for Java text blocks); so do we. */
    private static final Pattern RAW_LINE_BREAK_OR_TAB = Pattern.compile("[\\n\\t\\r]");

    void install(@Observes Router router,
                 @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String rootPath,
                 @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.route(path).order(-101).handler(RequestGuard::checkMethod);
        router.post(path).order(-100).handler(RequestGuard::checkContentType);
        // Vert.x wants a body handler first in its route: so a second route, after the content type is known good.
        router.post(path).order(-99)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(RequestGuard::checkBody);
    }

    /**
     * POST, and OPTIONS for CORS preflights, are all /graphql serves. Anything else gets a 405 with
     * the Allow header HTTP requires and an error saying what to send; Quarkus answered GET with an
     * empty 405 and PUT, PATCH or DELETE with an HTML 404.
     */
    private static void checkMethod(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (method == HttpMethod.POST || method == HttpMethod.OPTIONS) {
            context.next();
            return;
        }
        context.response().putHeader("Allow", "POST, OPTIONS");
        refuse(context, 405, "METHOD_NOT_ALLOWED", method.name() + " /graphql is not served (so that no operation runs from"
                + " a link): POST the request with Content-Type application/json and a body"
                + " {\"query\": \"…\", \"variables\": {…}, \"operationName\": \"…\"}");
    }

    private static void checkContentType(RoutingContext context) {
        String contentType = context.request().getHeader("Content-Type");
        if (ACCEPTED.contains(mediaType(contentType))) {
            context.addHeadersEndHandler(ignored -> negotiateResponse(context));
            context.next();
        } else {
            refuse(context, 415, "UNSUPPORTED_CONTENT_TYPE", "POST /graphql with Content-Type application/json (got "
                    + (contentType == null ? "none" : contentType) + ")");
        }
    }

    private static void checkBody(RoutingContext context) {
        String body = context.body().asString();
        String problem = mediaType(context.request().getHeader("Content-Type")).equals("application/graphql")
                ? (body == null || body.isBlank() ? "the body is empty: it should be a GraphQL document" : null)
                : problemWithJsonRequest(body);
        if (problem == null) {
            context.next();
        } else {
            refuse(context, 400, "BAD_REQUEST", "Not a GraphQL request: " + problem
                    + ". POST a JSON object {\"query\": \"…\", \"variables\": {…}, \"operationName\": \"…\"}");
        }
    }

    private static void negotiateResponse(RoutingContext context) {
        var response = context.response();
        String type = response.headers().get("Content-Type");
        if (type == null || !type.startsWith(GRAPHQL_RESPONSE)) {
            return;
        }
        String accept = context.request().getHeader("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains(GRAPHQL_RESPONSE)) {
            response.headers().set("Content-Type", "application/json; charset=UTF-8");
        } else if (Boolean.TRUE.equals(context.get(REQUEST_ERROR)) && response.getStatusCode() == 200) {
            response.setStatusCode(400).setStatusMessage("Bad Request");
        }
    }

    /** What makes a JSON body not a GraphQL-over-HTTP request, or null when it is one. */
    private static String problemWithJsonRequest(String body) {
        if (body == null || body.isBlank()) {
            return "the body is empty";
        }
        Object parsed;
        try {
            parsed = Json.decodeValue(RAW_LINE_BREAK_OR_TAB.matcher(body).replaceAll(" "));
        } catch (DecodeException e) {
            return "the body is not JSON";
        }
        if (!(parsed instanceof JsonObject request)) {
            return "the body is JSON but not an object";
        }
        if (!(request.getValue("query") instanceof String)) {
            return request.containsKey("query") ? "\"query\" is not a string" : "\"query\" is missing";
        }
        if (!isNullOr(request, "variables", JsonObject.class)) {
            return "\"variables\" is not an object";
        }
        if (!isNullOr(request, "operationName", String.class)) {
            return "\"operationName\" is not a string";
        }
        if (!isNullOr(request, "extensions", JsonObject.class)) {
            return "\"extensions\" is not an object";
        }
        return null;
    }

    private static boolean isNullOr(JsonObject request, String key, Class<?> type) {
        Object value = request.getValue(key);
        return value == null || type.isInstance(value);
    }

    private static String mediaType(String contentType) {
        return contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    }

    private static void refuse(RoutingContext context, int status, String code, String message) {
        JsonObject error = new JsonObject().put("message", message).put("extensions", new JsonObject().put("code", code));
        context.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
    }
}
