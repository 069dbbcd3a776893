package org.claimgraph.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.hibernate.engine.spi.SessionImplementor;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each resolver call reads on a session of its own, whichever worker threads a request's resolvers run on. */
@QuarkusTest
class OwnSessionTest {

    @Inject
    Probe probe;

    @Test
    void siblingResolversOfOneRequestRunAtOnceEachOnItsOwnReadOnlySession() throws Exception {
        ManagedContext requests = Arc.container().requestContext();
        requests.activate();
        try {
            InjectableContext.ContextState request = requests.getState();
            CountDownLatch bothInside = new CountDownLatch(2);
            // Two worker threads of the same request, as Quarkus dispatches sibling batches: each waits inside
            // its resolver for the other, which only works when neither has to wait for the other's session.
            List<CompletableFuture<Seen>> siblings = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
                requests.activate(request);
                try {
                    return probe.meet(bothInside);
                } finally {
                    requests.deactivate();
                }
            })).toList();
            Seen first = siblings.get(0).get(20, TimeUnit.SECONDS);
            Seen second = siblings.get(1).get(20, TimeUnit.SECONDS);
            assertTrue(first.met() && second.met(), "the two resolvers were not inside at the same time");
            assertNotEquals(first.session(), second.session(), "the two resolvers shared a session");
            assertTrue(first.readOnly() && second.readOnly(), "a resolver's session was not read-only");
            // Neither opened a transaction: no BEGIN and COMMIT around a resolver's reads.
            assertTrue(first.autoCommit() && second.autoCommit() && !first.inTransaction() && !second.inTransaction());
            assertNotEquals(first.session(), sessionOutsideACall(), "a resolver read on the request's session");
        } finally {
            requests.terminate();
        }
    }

    @Test
    void everyGraphQLApiHasItsResolversReadOnSessionsOfTheirOwn() {
        List<Class<?>> apis = Arc.container().beanManager().getBeans(Object.class, Any.Literal.INSTANCE).stream()
                .<Class<?>>map(bean -> bean.getBeanClass())
                .filter(type -> type.isAnnotationPresent(GraphQLApi.class)).distinct().toList();
        assertFalse(apis.isEmpty());
        for (Class<?> api : apis) {
            assertTrue(api.isAnnotationPresent(OwnSession.class), api + " is not @OwnSession");
        }
    }

    private static Object sessionOutsideACall() {
        return Panache.getEntityManager().unwrap(SessionImplementor.class).getSessionIdentifier();
    }

    record Seen(boolean met, Object session, boolean readOnly, boolean autoCommit, boolean inTransaction) {
    }

    /** Stands in for a resolver; not a @GraphQLApi, so the served schema stays as it is. */
    @ApplicationScoped
    @OwnSession
    static class Probe {

        Seen meet(CountDownLatch bothInside) {
            bothInside.countDown();
            boolean met;
            try {
                met = bothInside.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                met = false;
            }
            // Through Panache, as every entity's finder gets its session.
            SessionImplementor session = Panache.getEntityManager().unwrap(SessionImplementor.class);
            return new Seen(met, session.getSessionIdentifier(), session.isDefaultReadOnly(),
                    session.doReturningWork(Connection::getAutoCommit), QuarkusTransaction.isActive());
        }
    }
}
