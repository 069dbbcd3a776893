package org.claimgraph.graphql;

import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every type, field, argument and enum value of our schema has a description. */
@QuarkusTest
class SchemaDescriptionTest {

    private static final Set<String> BUILT_IN = Set.of("String", "Boolean", "Int", "Float", "ID");

    @Test
    void everythingIsDescribed() {
        List<Map<String, Object>> types = GraphQL.post("""
                {
                  __schema {
                    types {
                      name kind description
                      fields { name description args { name description } }
                      inputFields { name description }
                      enumValues { name description }
                    }
                  }
                }
                """).extract().jsonPath().getList("data.__schema.types");
        List<String> undocumented = new ArrayList<>();
        int ownTypes = 0;
        for (Map<String, Object> type : types) {
            String typeName = (String) type.get("name");
            if (typeName.startsWith("__") || BUILT_IN.contains(typeName)) {
                continue;
            }
            ownTypes++;
            if (isBlank(type.get("description"))) {
                undocumented.add("type " + typeName);
            }
            for (Map<String, Object> field : list(type.get("fields"))) {
                if (isBlank(field.get("description"))) {
                    undocumented.add("field " + typeName + "." + field.get("name"));
                }
                for (Map<String, Object> argument : list(field.get("args"))) {
                    if (isBlank(argument.get("description"))) {
                        undocumented.add("argument " + typeName + "." + field.get("name") + "(" + argument.get("name") + ")");
                    }
                }
            }
            for (Map<String, Object> field : list(type.get("inputFields"))) {
                if (isBlank(field.get("description"))) {
                    undocumented.add("input field " + typeName + "." + field.get("name"));
                }
            }
            for (Map<String, Object> value : list(type.get("enumValues"))) {
                if (isBlank(value.get("description"))) {
                    undocumented.add("enum value " + typeName + "." + value.get("name"));
                }
            }
        }
        assertTrue(ownTypes >= 20, "introspection returned only " + ownTypes + " of our types");
        assertEquals(List.of(), undocumented, "schema elements without a description");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static boolean isBlank(Object value) {
        return value == null || value.toString().isBlank();
    }
}
