package org.claimgraph.graphql;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
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
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufOutputStream;
import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a successful GraphQL response straight from graphql-java's result to JSON text with
 * Jackson. SmallRye first copies the whole result into a JSON-P object tree and then prints the
 * tree: 8 % of the CPU samples of bench question (b) under load; on (b)'s and (a)'s real answers
 * this takes 30–55 % less time (bench/response-json.sh, docs/BENCHMARKS.md).
 *
 * <p>Only the plain case is written here: no errors, no extensions, no null-field exclusion, and
 * values of the kinds graphql-java produces for our schema (maps, lists, strings, numbers,
 * booleans, enums), and {@link RawJson}, a field's JSON built by PostgreSQL, written as it is. Anything else — every response with errors included — is left to SmallRye, so
 * error formatting and `extensions.code` stay exactly as they were. The text is the same JSON
 * SmallRye writes for the same result (ResponseJsonTest compares the two).
 *
 * <p>Installed as an alternative ExecutionService bean, which Quarkus's GraphQL HTTP handler
 * looks up; the service is SmallRye's own, given the same schema (and the schema model without
 * its batch operations: {@link DataLoadersOnDemand} makes the data loaders), with a writer wrapped
 * around the handler's.
 */
@Singleton
@RegisterForReflection(targets = ExecutionResponse.class, fields = true)
public class ResponseJson {

    /** Characters outside the BMP (emoji) written as themselves in UTF-8, as SmallRye writes them, not as escaped surrogate pairs. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8).build();

    @Produces
    @Alternative
    @Priority(1)
    @Singleton
    @Unremovable // looked up by Quarkus's handler at run time, injected nowhere
    ExecutionService executionService(GraphQLSchema graphQLSchema, Schema schema, CurrentVertxRequest httpRequest) {
        return new ExecutionService(graphQLSchema, DataLoadersOnDemand.withoutBatchOperations(schema)) {
            @Override
            public void execute(JsonObject input, Map<String, Object> context, ExecutionResponseWriter writer, boolean async) {
                // Quarkus's handler calls this with the request context active; the writer runs later, maybe without it.
                super.execute(input, context, new Writer(writer, input, httpRequest.getCurrent()), async);
            }
        };
    }

    /** The JSON text of a plain successful response, or null when SmallRye has to write it. */
    static String write(ExecutionResponse response) {
        if (!isPlain(response)) {
            return null;
        }
        StringWriter text = new StringWriter(8192);
        try (JsonGenerator json = JSON.createGenerator(text)) {
            if (!writeData(json, response.getExecutionResult())) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * The same JSON as {@link #write}, encoded in UTF-8 straight into a buffer for the socket: the text
     * is never a String (which for a response with one non-Latin-1 character is two bytes a character),
     * copied out of a StringWriter and encoded again.
     */
    static Buffer writeUtf8(ExecutionResponse response) {
        if (!isPlain(response)) {
            return null;
        }
        ByteBuf bytes = Unpooled.buffer(16384);
        try (JsonGenerator json = JSON.createGenerator((OutputStream) new ByteBufOutputStream(bytes), JsonEncoding.UTF8)) {
            if (!writeData(json, response.getExecutionResult())) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Buffer.buffer(bytes);
    }

    private static boolean isPlain(ExecutionResponse response) {
        ExecutionResult result = response.getExecutionResult();
        return result.getErrors().isEmpty() && result.isDataPresent() && result.getExtensions() == null
                && !hasAddedExtensions(response) && !Config.get().isExcludeNullFieldsInResponses();
    }

    private static boolean writeData(JsonGenerator json, ExecutionResult result) throws IOException {
        json.writeStartObject();
        json.writeFieldName("data");
        if (!value(json, result.getData())) {
            return false;
        }
        json.writeEndObject();
        return true;
    }

    /** Writes one value as SmallRye would; false for a kind SmallRye converts by other means. */
    private static boolean value(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof RawJson raw) {
            json.writeRawValue(raw.text());
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
     * request error for the HTTP status ({@link RequestGuard}). A plain successful response to a client
     * that takes UTF-8 is ended here, as the handler would end it (status 200, its content type), from
     * {@link #writeUtf8}.
     */
    private record Writer(ExecutionResponseWriter handlers, JsonObject request, RoutingContext http)
            implements ExecutionResponseWriter {
        @Override
        public void write(ExecutionResponse response) {
            if (http != null && !response.getExecutionResult().isDataPresent()) {
                http.put(RequestGuard.REQUEST_ERROR, Boolean.TRUE);
            }
            if (http != null && answersInUtf8(http.response())) {
                Buffer bytes = writeUtf8(response);
                if (bytes != null) {
                    try {
                        http.response().setStatusCode(200).end(bytes);
                    } catch (IllegalStateException alreadyEnded) {
                        // the client went away, or the request was ended elsewhere: as the handler, nothing to write to
                    }
                    return;
                }
            }
            handlers.write(new Plain(ErrorCodes.withCodes(response, request)));
        }

        /** The handler set the content type from the client's Accept; a charset other than UTF-8 is the handler's to encode. */
        private static boolean answersInUtf8(HttpServerResponse response) {
            String type = response.headers().get("Content-Type");
            if (type == null) {
                return false;
            }
            int charset = type.toLowerCase(Locale.ROOT).indexOf("charset=");
            return charset < 0 || type.substring(charset + "charset=".length()).strip().equalsIgnoreCase("utf-8");
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
