package org.claimgraph.graphql;

import io.smallrye.graphql.api.ErrorCode;

/**
 * An error meant for the API's user: its message says what is wrong in their request, and its
 * code (in the GraphQL error's `extensions.code`) lets a frontend act on it.
 */
@ErrorCode("BAD_USER_INPUT")
public class ApiError extends RuntimeException {

    private ApiError(String message) {
        super(message, null, false, false);
    }

    public static ApiError badInput(String message) {
        return new ApiError(message);
    }
}
