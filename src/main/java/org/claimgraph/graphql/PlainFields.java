package org.claimgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.spi.DataFetcherService;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.function.Supplier;

/**
 * Reads a field that needs no conversion (a string, a same-class number, an enum, an object) straight
 * from its Java field or getter. SmallRye's own field fetcher first builds a request context for the
 * field — a copy of the request's, plus the selection below the field as JSON — for every field of
 * every object in a response: 12 % of the CPU samples of bench question (b), 50 claims with their
 * sources and subjects. Plain fields never read that context; our resolvers (the API classes) still
 * get it from SmallRye's fetchers. Fields that SmallRye converts (dates, formatted numbers, primitives
 * mapped to boxed scalars, adapters, maps) keep SmallRye's fetcher, so the output is the same.
 * Registered in META-INF/services; SmallRye asks every service before falling back to its own.
 *
 * <p>The fetchers are graphql-java {@link LightDataFetcher}s: given the source object alone, so that
 * graphql-java does not build a DataFetchingEnvironment (step info, arguments, selection-set
 * collector, directives) for each plain value either.
 */
public class PlainFields implements DataFetcherService {

    @Override
    public Integer getPriority() {
        return 100;
    }

    @Override
    public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
        return needsConversion(field) ? null : new Fetcher(field, owner);
    }

    /** What SmallRye's field helper would transform or adapt; those fields keep its fetcher. */
    static boolean needsConversion(Field field) {
        Reference reference = field.getReference();
        boolean convertedScalar = reference.getType() == ReferenceType.SCALAR
                && !reference.getClassName().equals(reference.getGraphQLClassName());
        return convertedScalar || field.hasTransformation() || field.isAdaptingWith() || field.isAdaptingTo()
                || reference.isAdaptingWith() || reference.isAdaptingTo()
                || (field.hasWrapper() && field.getWrapper().isMap());
    }

    static final class Fetcher implements PlugableDataFetcher<Object>, LightDataFetcher<Object> {
        private final Field field;
        private final Reference owner;
        private volatile Accessor accessor;

        Fetcher(Field field, Reference owner) {
            this.field = field;
            this.owner = owner;
        }

        @Override
        public Object get(GraphQLFieldDefinition definition, Object source, Supplier<DataFetchingEnvironment> environment)
                throws Exception {
            return read(source);
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return read(environment.getSource());
        }

        private Object read(Object source) throws Exception {
            if (source == null) {
                return null;
            }
            Accessor read = accessor;
            if (read == null) {
                read = accessor = accessor();
            }
            return read.get(source);
        }

        private Accessor accessor() throws ReflectiveOperationException {
            Class<?> ownerClass = ClassloadingService.get().loadClass(owner.getClassName());
            if (field.getMethodName() == null) {
                java.lang.reflect.Field javaField = ownerClass.getField(field.getPropertyName());
                return javaField::get;
            }
            Method getter = ownerClass.getMethod(field.getMethodName());
            return source -> {
                try {
                    return getter.invoke(source);
                } catch (InvocationTargetException thrown) {
                    // the getter's own exception, so that the error says what went wrong, not that reflection did
                    throw thrown.getCause() instanceof Exception cause ? cause : thrown;
                }
            };
        }
    }

    @FunctionalInterface
    private interface Accessor {
        Object get(Object source) throws Exception;
    }
}
