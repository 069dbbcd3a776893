package org.claimgraph.graphql;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import org.hibernate.Session;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Resolvers of a {@code @GraphQLApi} class so marked take turns on their Hibernate session. Quarkus
 * runs a request's blocking resolvers unordered on several worker threads, so sibling batches (a
 * claim's sources, subjects and topics; an actor's claims and articles) run at the same time, and
 * outside a transaction they all share the request's session, which is not thread-safe: two of them
 * loading the same articles raced, and an uninitialised article reached the response. Taking turns
 * keeps the parallel dispatch, which serving each request on one thread instead cost a fifth of the
 * throughput of bench question (b) (docs/BENCHMARKS.md, run 21).
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SerialSession {

    /** Holds the session's monitor while a resolver runs; a transactional resolver holds its transaction's session. */
    @SerialSession
    @Interceptor
    @Priority(Interceptor.Priority.APPLICATION)
    class Turns {

        @AroundInvoke
        Object inTurn(InvocationContext invocation) throws Exception {
            Session session = Panache.getEntityManager().unwrap(Session.class);
            synchronized (session) {
                return invocation.proceed();
            }
        }
    }
}
