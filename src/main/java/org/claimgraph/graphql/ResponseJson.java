package org.claimgraph.graphql;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import graphql.ExecutionResult;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Unremovable;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.config.Config;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes a successful GraphQL response straight from graphql-java's result to JSON text with
 * Jackson. SmallRye first copies the whole result into a JSON-P object tree and then prints the
 * tree: 8 % of the CPU samples of bench question (b) under load; on (b)'s and (a)'s real answers
 * this takes 30–55 % less time (bench/response-json.sh, docs/BENCHMARKS.md).
 *
 * <p>Only the plain case is written here: no errors, no extensions, no null-field exclusion, and
 * values of the kinds graphql-java produces for our schema (maps, lists, strings, numbers,
 * booleans, enums). Anything else — every response with errors included — is left to SmallRye, so
 * error formatting and `extensions.code` stay exactly as they were. The text is the same JSON
 * SmallRye writes for the same result (ResponseJsonTest compares the two).
 *
 * <p>Installed as an alternative ExecutionService bean, which Quarkus's GraphQL HTTP handler
 * looks up; the service is SmallRye's own, given the same schema, with a writer wrapped around
 * the handler's.
 */
@Singleton
@RegisterForReflection(targets = ExecutionResponse.class, fields = true)
public class ResponseJson {

    private static final JsonFactory JSON = new JsonFactory();

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    @Unremovable // looked up by Quarkus's handler at run time, injected nowhere
    ExecutionService executionService(GraphQLSchema graphQLSchema, Schema schema, CurrentVertxRequest httpRequest) {
        return new ExecutionService(graphQLSchema, schema) {
            @Override
            public void execute(JsonObject input, Map<String, Object> context, ExecutionResponseWriter writer, boolean async) {
                // Quarkus's handler calls this with the request context active; the writer runs later, maybe without it.
                super.execute(input, context, new Writer(writer, input, httpRequest.getCurrent()), async);
            }
        };
    }

    /** The JSON text of a plain successful response, or null when SmallRye has to write it. */
    static String write(ExecutionResponse response) {
        ExecutionResult result = response.getExecutionResult();
        if (!result.getErrors().isEmpty() || !result.isDataPresent() || result.getExtensions() != null
                || hasAddedExtensions(response) || Config.get().isExcludeNullFieldsInResponses()) {
            return null;
        }
        StringWriter text = new StringWriter(8192);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            json.writeStartObject();
            json.writeFieldName("data");
            if (!value(json, result.getData())) {
                return null;
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** Writes one value as SmallRye would; false for a kind SmallRye converts by other means. */
    private static boolean value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            json.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                json.writeFieldName((String) entry.getKey());
                if (!value(json, entry.getValue())) {
                    return false;
                }
            }
            json.writeEndObject();
        } else if (value instanceof Collection<?> list) {
            json.writeStartArray();
            for (Object element : list) {
                if (!value(json, element)) {
                    return false;
                }
            }
            json.writeEndArray();
        } else if (value instanceof String string) {
            json.writeString(string);
        } else if (value instanceof Boolean bool) {
            json.writeBoolean(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            json.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            // JSON-P prints a double through BigDecimal (1.0E+7, not Jackson's 1.0E7)
            json.writeNumber(BigDecimal.valueOf(number));
        } else if (value instanceof Float number) {
            json.writeNumber(new BigDecimal(String.valueOf(number)));
        } else if (value instanceof BigDecimal number) {
            json.writeNumber(number);
        } else if (value instanceof BigInteger number) {
            json.writeNumber(number);
        } else if (value instanceof Enum<?> constant) {
            json.writeString(constant.name());
        } else {
            return false;
        }
        return true;
    }

    private static final Field ADDED_EXTENSIONS = addedExtensionsField();

    private static Field addedExtensionsField() {
        try {
            Field field = ExecutionResponse.class.getDeclaredField("addedExtensions");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("SmallRye's ExecutionResponse changed: review ResponseJson", e);
        }
    }

    /** Extensions a resolver added through SmallRye's context; SmallRye writes those. */
    private static boolean hasAddedExtensions(ExecutionResponse response) {
        try {
            return ADDED_EXTENSIONS.get(response) instanceof Map<?, ?> added && !added.isEmpty();
        } catch (IllegalAccessException e) {
            return true;
        }
    }

    /**
     * Hands the handler's writer a response whose text comes from {@link #write} when it can, and whose
     * errors all have a code: SmallRye writes some errors itself, past our instrumentation ({@link
     * ErrorCodes#withCodes(ExecutionResponse, JsonObject)}). A response without data is marked as a
     * request error for the HTTP status ({@link RequestGuard}).
     */
    private record Writer(ExecutionResponseWriter handlers, JsonObject request, RoutingContext http)
            implements ExecutionResponseWriter {
        @Override
        public void write(ExecutionResponse response) {
            if (http != null && !response.getExecutionResult().isDataPresent()) {
                http.put(RequestGuard.REQUEST_ERROR, Boolean.TRUE);
            }
            handlers.write(new Plain(ErrorCodes.withCodes(response, request)));
        }

        @Override
        public void fail(Throwable failure) {
            handlers.fail(failure);
        }
    }

    private static final class Plain extends ExecutionResponse {
        private final ExecutionResponse smallRyes;

        Plain(ExecutionResponse smallRyes) {
            super(smallRyes.getExecutionResult());
            this.smallRyes = smallRyes;
        }

        @Override
        public String getExecutionResultAsString() {
            String text = write(smallRyes);
            return text != null ? text : smallRyes.getExecutionResultAsString();
        }

        @Override
        public JsonObject getExecutionResultAsJsonObject() {
            return smallRyes.getExecutionResultAsJsonObject();
        }

        @Override
        public String toString() {
            return smallRyes.toString();
        }
    }
}
