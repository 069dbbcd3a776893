import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionResultImpl;
import io.smallrye.graphql.execution.ExecutionResponse;
import java.nio.file.*;
import java.util.*;

// Times SmallRye's response writing against ResponseJson on one real answer. Run by bench/response-json.sh.
public class WriteBench {
    public static void main(String[] args) throws Exception {
        Map<String, Object> body = new ObjectMapper().readValue(Files.readString(Path.of(args[0])), LinkedHashMap.class);
        Object data = body.get("data");
        var result = ExecutionResultImpl.newExecutionResult().data(data).build();
        java.lang.reflect.Method ours = Class.forName("org.claimgraph.graphql.ResponseJson").getDeclaredMethod("write", ExecutionResponse.class);
        ours.setAccessible(true);
        int n = Integer.parseInt(args[1]);
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime(); int len = 0;
            for (int i = 0; i < n; i++) len += new ExecutionResponse(result).getExecutionResultAsString().length();
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) len += ((String) ours.invoke(null, new ExecutionResponse(result))).length();
            long t2 = System.nanoTime();
            System.out.printf("round %d: SmallRye %.1f µs, ResponseJson %.1f µs per response (%d chars)%n", round, (t1 - t0) / 1e3 / n, (t2 - t1) / 1e3 / n, len / (2 * n));
        }
    }
}
