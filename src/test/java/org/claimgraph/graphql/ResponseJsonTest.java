package org.claimgraph.graphql;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphqlErrorBuilder;
import io.smallrye.graphql.execution.ExecutionResponse;
import jakarta.json.Json;
import org.claimgraph.claim.Stance;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** Our response text is SmallRye's, character for character, and SmallRye still writes what we do not. */
class ResponseJsonTest {

    private static ExecutionResponse response(Object data) {
        return new ExecutionResponse(ExecutionResultImpl.newExecutionResult().data(data).build());
    }

    @Test
    void writesWhatSmallRyeWrites() {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", "Wagner \"paid\" \\ in\ngold\t\u0001 – Mali, ü, 😀 </script>");
        article.put("count", 3);
        article.put("id", 12345678901L);
        article.put("share", 0.25);
        article.put("usdPerMonth", 1.0E7);
        article.put("tiny", 1.0E-7);
        article.put("ratio", 1.5f);
        article.put("amount", new BigDecimal("1500000.50"));
        article.put("huge", new BigInteger("123456789012345678901234567890"));
        article.put("stance", Stance.values()[0]);
        article.put("outlet", null);
        article.put("empty", List.of());
        article.put("list", Arrays.asList(1, null, "x", List.of(Map.of("a", false))));
        article.put("reviewed", true);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("article", article);
        data.put("claim", null);

        ExecutionResponse response = response(data);
        assertEquals(response.getExecutionResultAsString(), ResponseJson.write(response));
        assertEquals(response.getExecutionResultAsString(), ResponseJson.writeUtf8(response).toString(StandardCharsets.UTF_8));
        ExecutionResponse nothing = response(null);
        assertEquals(nothing.getExecutionResultAsString(), ResponseJson.write(nothing));
        assertEquals(nothing.getExecutionResultAsString(), ResponseJson.writeUtf8(nothing).toString(StandardCharsets.UTF_8));
    }

    @Test
    void leavesErrorsAndUnknownValuesToSmallRye() {
        ExecutionResult failed = ExecutionResultImpl.newExecutionResult().data(Map.of("claim", "x"))
                .addError(GraphqlErrorBuilder.newError().message("no").build()).build();
        assertNull(ResponseJson.write(new ExecutionResponse(failed)));
        assertNull(ResponseJson.writeUtf8(new ExecutionResponse(failed)));

        ExecutionResult extended = ExecutionResultImpl.newExecutionResult().data(Map.of("claim", "x"))
                .extensions(Map.of("cost", 3)).build();
        assertNull(ResponseJson.write(new ExecutionResponse(extended)));

        assertNull(ResponseJson.write(new ExecutionResponse(ExecutionResultImpl.newExecutionResult().build())));
        assertNull(ResponseJson.write(new ExecutionResponse(ExecutionResultImpl.newExecutionResult().build(),
                Map.of("added", 1))));
        assertNull(ResponseJson.write(response(Map.of("raw", Json.createValue(1)))));
        assertNull(ResponseJson.writeUtf8(response(Map.of("raw", Json.createValue(1)))));
    }
}
