package org.claimgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * An error meant for the API's user: its message says what is wrong in their request, and its
 * code (the GraphQL error's `extensions.code`) lets a frontend act on it. Anything else that
 * goes wrong is reported as a bare "Server Error", never with its stack trace or SQL.
 */
public abstract class ApiError extends RuntimeException {

    protected ApiError(String message) {
        super(message, null, false, false);
    }

    /** The `extensions.code` of this error (the class's @ErrorCode, for SmallRye). */
    public String code() {
        return getClass().getAnnotation(ErrorCode.class).value();
    }

    public static ApiError badInput(String message) {
        return new BadUserInput(message);
    }

    public static ApiError notFound(String message) {
        return new NotFound(message);
    }

    public static ApiError limitExceeded(String message) {
        return new LimitExceeded(message);
    }

    public static ApiError conflict(String message) {
        return new Conflict(message);
    }

    /** The request names something invalid: a malformed cursor, an inverted date range, … */
    @ErrorCode("BAD_USER_INPUT")
    public static final class BadUserInput extends ApiError {
        BadUserInput(String message) {
            super(message);
        }
    }

    /** The request refers to something that does not exist where it must (a topic slug, an actor name). */
    @ErrorCode("NOT_FOUND")
    public static final class NotFound extends ApiError {
        NotFound(String message) {
            super(message);
        }
    }

    /** The request would overwrite what is stored: an article at a stored URL, with other text. */
    @ErrorCode("CONFLICT")
    public static final class Conflict extends ApiError {
        Conflict(String message) {
            super(message);
        }
    }

    /** The request asks for more than the service gives in one go (page size, depth, …). */
    @ErrorCode("LIMIT_EXCEEDED")
    public static final class LimitExceeded extends ApiError {
        LimitExceeded(String message) {
            super(message);
        }
    }
}
