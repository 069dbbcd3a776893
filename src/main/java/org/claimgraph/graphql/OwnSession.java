package org.claimgraph.graphql;

import io.quarkus.hibernate.orm.runtime.PersistenceUnitUtil;
import io.quarkus.hibernate.orm.runtime.TransactionSessions;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.graphql.Mutation;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.resource.jdbc.spi.PhysicalConnectionHandlingMode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each resolver call of a {@code @GraphQLApi} class so marked reads on a Hibernate session of its own,
 * read-only, outside any transaction. Quarkus runs a request's blocking resolvers unordered on several
 * worker threads, so sibling batches (a claim's sources, subjects and topics; an actor's claims and
 * articles) run at the same time; outside a transaction they all shared the request's session, which is not
 * thread-safe: two of them loading the same articles raced, and an uninitialised article reached the
 * response. Taking turns on that session made siblings wait for each other (docs/BENCHMARKS.md, run 21); a
 * read-only transaction per call cost two statements of transaction control per call (run 22). A session
 * of its own in autocommit needs neither: its statements are reads, each consistent on its own, as they
 * were on the request's session.
 *
 * <p>Panache finds its session through the {@code Session} bean, so {@link CallSessions} makes that bean
 * the call's own session while one is open on the thread, and Quarkus's (the transaction's or the
 * request's) otherwise: entities' finders need no session passed to them.
 *
 * <p>What a resolver returns is detached once its call ends, so a nested field loads what it needs by id in
 * its own call, never through a lazy association of its parent. Mutations keep the transaction their own
 * code opens, and a call already inside a transaction or another call's session stays in it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnSession {

    /** Opens the session a query resolver call reads on and closes it when the call returns. */
    @OwnSession
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    class Opener {

        @Inject
        SessionFactory sessionFactory;

        @AroundInvoke
        Object inOwnSession(InvocationContext invocation) throws Exception {
            if (CallSessions.OPEN.get() != null || QuarkusTransaction.isActive()
                    || invocation.getMethod().isAnnotationPresent(Mutation.class)) {
                return invocation.proceed();
            }
            try (Session session = openForReading(sessionFactory)) {
                CallSessions.OPEN.set(session);
                try {
                    return invocation.proceed();
                } finally {
                    CallSessions.OPEN.remove();
                }
            }
        }

        /**
         * A read-only session outside any transaction. One pooled connection for the whole session, not one
         * per statement. No transaction is active and none is begun, so the session need not look for one to
         * join: by default it asks the transaction manager again at every statement and every lazy reference
         * it creates (run 29).
         */
        static Session openForReading(SessionFactory sessionFactory) {
            Session session = sessionFactory.withOptions()
                    .connectionHandlingMode(PhysicalConnectionHandlingMode.DELAYED_ACQUISITION_AND_HOLD)
                    .autoJoinTransactions(false).openSession();
            session.setDefaultReadOnly(true);
            session.setHibernateFlushMode(FlushMode.MANUAL);
            return session;
        }
    }

    /**
     * The default persistence unit's {@code Session} bean, which Panache looks up on every operation. An
     * alternative with a priority, it is chosen over Quarkus's own for the {@code Session} type only;
     * {@code EntityManager} injection points keep Quarkus's.
     */
    @ApplicationScoped
    class CallSessions {

        static final ThreadLocal<Session> OPEN = new ThreadLocal<>();

        @Inject
        TransactionSessions quarkusSessions;

        // Dependent, so each look-up asks again: a bean injected once would keep whichever session it first got.
        @Produces
        @Alternative
        @Priority(1)
        @Dependent
        @Typed(Session.class)
        Session current() {
            Session open = OPEN.get();
            return open != null ? open : quarkusSessions.getSession(PersistenceUnitUtil.DEFAULT_PERSISTENCE_UNIT_NAME);
        }
    }
}
