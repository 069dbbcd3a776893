package org.claimgraph.graphql;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;
import java.util.Set;

/**
 * CSRF protection for /graphql. A browser sends text/plain, form and multipart POSTs cross-site
 * without a CORS preflight, so a page elsewhere could make a signed-in researcher's browser run
 * an operation here. Such requests are refused before SmallRye sees them; the content types a
 * GraphQL client uses need a preflight. (GET is off altogether, so mutations never run over GET.)
 */
@Singleton
class ContentTypeGuard {

    private static final Set<String> ACCEPTED = Set.of("application/json", "application/graphql",
            "application/graphql-response+json");

    void install(@Observes Router router, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String rootPath) {
        String path = rootPath.startsWith("/") ? rootPath : "/" + rootPath;
        router.post(path).order(-100).handler(context -> {
            String contentType = context.request().getHeader("Content-Type");
            String mediaType = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            if (ACCEPTED.contains(mediaType)) {
                context.next();
                return;
            }
            JsonObject error = new JsonObject()
                    .put("message", "POST /graphql with Content-Type application/json (got "
                            + (contentType == null ? "none" : contentType) + ")")
                    .put("extensions", new JsonObject().put("code", "UNSUPPORTED_CONTENT_TYPE"));
            context.response().setStatusCode(415).putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("errors", new JsonArray().add(error)).encode());
        });
    }
}
