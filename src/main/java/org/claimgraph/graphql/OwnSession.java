package org.claimgraph.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import org.eclipse.microprofile.graphql.Mutation;
import org.hibernate.FlushMode;
import org.hibernate.Session;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Each resolver call of a {@code @GraphQLApi} class so marked reads in a read-only transaction, and so on a
 * Hibernate session, of its own. Quarkus runs a request's blocking resolvers unordered on several worker
 * threads, so sibling batches (a claim's sources, subjects and topics; an actor's claims and articles) run
 * at the same time; outside a transaction they all shared the request's session, which is not thread-safe:
 * two of them loading the same articles raced, and an uninitialised article reached the response. Taking
 * turns on that session fixed the race but made siblings wait for each other; sessions of their own do not
 * wait, and a read-only session keeps no snapshots to compare (docs/BENCHMARKS.md, run 22).
 *
 * <p>What a resolver returns is detached once its call ends, so a nested field loads what it needs by id in
 * its own call, never through a lazy association of its parent. Mutations keep the transaction their own
 * code opens, and a call already inside a transaction stays in it.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OwnSession {

    /** Runs a query resolver in a new read-only transaction with a session that never flushes. */
    @OwnSession
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    class ReadOnlyTransaction {

        @AroundInvoke
        Object inOwnSession(InvocationContext invocation) throws Exception {
            if (QuarkusTransaction.isActive() || invocation.getMethod().isAnnotationPresent(Mutation.class)) {
                return invocation.proceed();
            }
            return QuarkusTransaction.requiringNew().call(() -> {
                Session session = Panache.getEntityManager().unwrap(Session.class);
                session.setDefaultReadOnly(true);
                session.setHibernateFlushMode(FlushMode.MANUAL);
                return invocation.proceed();
            });
        }
    }
}
