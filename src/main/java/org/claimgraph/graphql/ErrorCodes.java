package org.claimgraph.graphql;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.ExceptionWhileDataFetching;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import io.smallrye.graphql.execution.ExecutionResponse;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every error of a response an `extensions.code` a frontend can switch on. Our own errors
 * carry theirs (ApiError, QueryLimits); this names the others: a document that does not fit the
 * schema (GRAPHQL_VALIDATION_FAILED), an argument that breaks a constraint (BAD_USER_INPUT), a
 * document that does not parse (GRAPHQL_PARSE_FAILED), anything else (INTERNAL_SERVER_ERROR).
 */
final class ErrorCodes {

    /** SmallRye's whole answer to a request whose document does not parse (it has no place in it). */
    private static final String SMALLRYE_UNPARSEABLE = "Unparseable input document";

    private ErrorCodes() {
    }

    /** The result with a code on every error (the same result when they all have one). */
    static ExecutionResult withCodes(ExecutionResult result) {
        if (result.getErrors().isEmpty() || result.getErrors().stream().allMatch(ErrorCodes::hasCode)) {
            return result;
        }
        List<GraphQLError> coded = new ArrayList<>(result.getErrors().size());
        for (GraphQLError error : result.getErrors()) {
            coded.add(hasCode(error) ? error : withCode(error, codeFor(error)));
        }
        return result.transform(builder -> builder.errors(coded));
    }

    /**
     * A response SmallRye wrote without running graphql-java, and so without our instrumentation: for
     * a document that does not parse it answers "Unparseable input document", with neither a code nor
     * a place. That error becomes graphql-java's syntax error for the request's query (what is wrong,
     * at which line and column) with the code GRAPHQL_PARSE_FAILED; any other uncoded error gets a code
     * as in {@link #withCodes}. Responses whose errors all have a code are returned as they are.
     */
    static ExecutionResponse withCodes(ExecutionResponse response, JsonObject request) {
        ExecutionResult result = response.getExecutionResult();
        if (result.getErrors().isEmpty() || result.getErrors().stream().allMatch(ErrorCodes::hasCode)) {
            return response;
        }
        List<GraphQLError> errors = result.getErrors().stream()
                .map(error -> hasCode(error) || !SMALLRYE_UNPARSEABLE.equals(error.getMessage()) ? error : syntaxError(error, request))
                .toList();
        return new ExecutionResponse(withCodes(result.transform(builder -> builder.errors(errors))));
    }

    private static GraphQLError syntaxError(GraphQLError smallRyes, JsonObject request) {
        if (request != null && request.get("query") instanceof JsonString query) {
            try {
                Parser.parse(query.getString());
            } catch (InvalidSyntaxException e) {
                return e.toInvalidSyntaxError();
            }
        }
        return withCode(smallRyes, "GRAPHQL_PARSE_FAILED");
    }

    private static boolean hasCode(GraphQLError error) {
        return error.getExtensions() != null && error.getExtensions().containsKey("code");
    }

    static String codeFor(GraphQLError error) {
        if (error instanceof ExceptionWhileDataFetching fetching) {
            for (Throwable cause = fetching.getException(); cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiError apiError) {
                    return apiError.code();
                }
            }
        }
        Map<String, Object> extensions = error.getExtensions();
        if (extensions != null && extensions.containsKey("violations")) {
            return "BAD_USER_INPUT";
        }
        ErrorClassification type = error.getErrorType();
        if (type == ErrorType.ValidationError) {
            return "GRAPHQL_VALIDATION_FAILED";
        }
        if (type == ErrorType.InvalidSyntax) {
            return "GRAPHQL_PARSE_FAILED";
        }
        return "INTERNAL_SERVER_ERROR";
    }

    private static GraphQLError withCode(GraphQLError error, String code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (error.getExtensions() != null) {
            extensions.putAll(error.getExtensions());
        }
        extensions.put("code", code);
        // an exception without a message (a checked one SmallRye does not hide) gives an error without one,
        // which graphql-java's builder refuses: the whole response would fail
        String message = error.getMessage() != null ? error.getMessage() : "Server Error";
        return GraphqlErrorBuilder.newError().message(message).locations(error.getLocations())
                .path(error.getPath()).errorType(error.getErrorType()).extensions(extensions).build();
    }
}
