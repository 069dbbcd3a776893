package org.claimgraph.graphql;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.api.Context;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** What the current GraphQL field selects, from SmallRye's request context. */
final class Selection {

    private Selection() {
    }

    /** Whether the field being resolved selects `totalCount`; true when that cannot be known. */
    static boolean wantsTotalCount() {
        try (InstanceHandle<Context> handle = Arc.container().instance(Context.class)) {
            if (!handle.isAvailable()) {
                return true;
            }
            for (JsonValue field : handle.get().getSelectedFields()) {
                if (field instanceof JsonString name && name.getString().equals("totalCount")) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException outsideARequest) {
            return true;
        }
    }
}
