package org.claimgraph.graphql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.AbstractMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A field's whole value as JSON text, built by PostgreSQL ({@link SqlJson}). {@link ResponseJson}
 * writes the text as it is; to anything else that reads the result (SmallRye's writer for a response
 * with errors, a subscription, a test) it is the map the text denotes, parsed when first read.
 */
public final class RawJson extends AbstractMap<String, Object> {

    /** Numbers with a fraction read as BigDecimal, digits kept: an amount reads back as PostgreSQL wrote it. */
    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String text;
    private Map<String, Object> parsed;

    RawJson(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Set<Entry<String, Object>> entrySet() {
        if (parsed == null) {
            try {
                parsed = JSON.readValue(text, LinkedHashMap.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("PostgreSQL returned text that is not a JSON object", e);
            }
        }
        return parsed.entrySet();
    }
}
