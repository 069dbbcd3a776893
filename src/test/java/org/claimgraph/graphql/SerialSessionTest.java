package org.claimgraph.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleApi;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A request's resolvers take turns on its Hibernate session, whichever worker threads run them. */
@QuarkusTest
class SerialSessionTest {

    @Inject
    ArticleApi articleApi;

    @Test
    void aResolverWaitsWhileAnotherOfTheSameRequestHoldsTheSession() throws Exception {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            InjectableContext.ContextState request = requests.getState();
            String firstId = String.valueOf(Article.<Article>findAll().firstResult().id);
            Session session = Panache.getEntityManager().unwrap(Session.class);
            CompletableFuture<Article> other;
            synchronized (session) {
                // Another worker thread of the same request, as Quarkus dispatches sibling batches.
                other = CompletableFuture.supplyAsync(() -> {
                    requests.activate(request);
                    try {
                        return articleApi.article(firstId);
                    } finally {
                        requests.deactivate();
                    }
                });
                assertThrows(TimeoutException.class, () -> other.get(500, TimeUnit.MILLISECONDS),
                        "the other resolver ran while this one held the session");
            }
            assertEquals(Long.valueOf(firstId), other.get(10, TimeUnit.SECONDS).id);
        } finally {
            requests.terminate();
        }
    }

    @Test
    void everyGraphQLApiTakesTurns() {
        List<Class<?>> apis = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(GraphQLApi.class)).distinct().toList();
        assertFalse(apis.isEmpty());
        for (Class<?> api : apis) {
            assertTrue(api.isAnnotationPresent(SerialSession.class), api + " is not @SerialSession");
        }
    }
}
