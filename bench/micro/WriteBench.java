import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResultImpl;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.vertx.core.buffer.Buffer;
import java.lang.reflect.Method;
import java.nio.file.*;
import java.util.*;

// Times writing one real answer the three ways: SmallRye's JSON-P path, ResponseJson's text (each
// then encoded to a buffer as Quarkus's handler does) and ResponseJson's UTF-8 buffer. Run by
// bench/response-json.sh.
public class WriteBench {
    public static void main(String[] args) throws Exception {
        Map<String, Object> body = new ObjectMapper().readValue(Files.readString(Path.of(args[0])), LinkedHashMap.class);
        Object data = body.get("data");
        var result = ExecutionResultImpl.newExecutionResult().data(data).build();
        Class<?> responseJson = Class.forName("org.claimgraph.graphql.ResponseJson");
        Method text = responseJson.getDeclaredMethod("write", ExecutionResponse.class);
        Method utf8 = responseJson.getDeclaredMethod("writeUtf8", ExecutionResponse.class);
        text.setAccessible(true);
        utf8.setAccessible(true);
        int n = Integer.parseInt(args[1]);
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            long bytes = 0;
            for (int i = 0; i < n; i++) {
                bytes += Buffer.buffer(new ExecutionResponse(result).getExecutionResultAsString(), "UTF-8").length();
            }
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bytes += Buffer.buffer((String) text.invoke(null, new ExecutionResponse(result)), "UTF-8").length();
            }
            long t2 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                bytes += ((Buffer) utf8.invoke(null, new ExecutionResponse(result))).length();
            }
            long t3 = System.nanoTime();
            System.out.printf("round %d: SmallRye %.1f µs, ResponseJson text %.1f µs, ResponseJson UTF-8 %.1f µs per response (%d bytes)%n",
                    round, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, (t3 - t2) / 1e3 / n, bytes / (3L * n));
        }
    }
}
