package org.claimgraph.graphql;

import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Wrapper;
import io.smallrye.graphql.schema.model.WrapperType;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which fields PlainFields reads directly and which keep SmallRye's converting fetcher. The
 * responses themselves (dates, enums, ids, numbers) are asserted by the HTTP tests.
 */
class PlainFieldsTest {

    private static Field field(String javaClass, String graphQLClass, ReferenceType type) {
        Reference reference = new Reference.Builder().className(javaClass).graphQLClassName(graphQLClass)
                .name(javaClass).type(type).build();
        return new Field(null, "value", "value", reference);
    }

    @Test
    void readsStringsEnumsAndObjectsDirectly() {
        assertFalse(PlainFields.needsConversion(field("java.lang.String", "java.lang.String", ReferenceType.SCALAR)));
        assertFalse(PlainFields.needsConversion(field("org.claimgraph.claim.Stance", "org.claimgraph.claim.Stance", ReferenceType.ENUM)));
        assertFalse(PlainFields.needsConversion(field("org.claimgraph.source.Source", "org.claimgraph.source.Source", ReferenceType.TYPE)));
    }

    @Test
    void leavesConvertedScalarsAndMapsToSmallRye() {
        assertTrue(PlainFields.needsConversion(field("java.time.LocalDate", "java.lang.String", ReferenceType.SCALAR)));
        assertTrue(PlainFields.needsConversion(field("int", "java.lang.Integer", ReferenceType.SCALAR)));
        Field map = field("java.lang.String", "java.lang.String", ReferenceType.SCALAR);
        map.setWrapper(new Wrapper(WrapperType.MAP, "java.util.Map"));
        assertTrue(PlainFields.needsConversion(map));
    }
}
