package org.claimgraph.graphql;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import static graphql.util.TreeTransformerUtil.changeNode;

/**
 * Refuses an `ID`, `Int`, `Float` or `Date` input that is not one when the request is coerced, as
 * the spec asks: a request error naming the variable or argument (GRAPHQL_VALIDATION_FAILED), no
 * data. SmallRye's scalars for numbers and dates accept any string, so that a field can declare its
 * own number or date format, and convert it only when the field runs; a bad value then came back as
 * a field error quoting the whole argument (`is not a valid 'Unknown Scalar Type [...ClaimFilter]'`)
 * plus a second error, "declared as a non null type … returned a null value", coded
 * INTERNAL_SERVER_ERROR. graphql-java's `ID` takes any value through `String.valueOf`, so
 * `{"id": [16]}` looked up the id "[16]" and found nothing. claimgraph declares no formats: `ID`
 * takes a string or an integer, `Int` an integer (JSON number or numeric string, as before),
 * `Float` a number (or numeric string), `Date` an ISO date, `yyyy-MM-dd`. What passes is handed to
 * the scalar's own coercing unchanged; output is unchanged.
 */
final class StrictInputs {

    private static final Map<String, Function<Object, String>> PROBLEMS = Map.of(
            "ID", StrictInputs::notAnId,
            "Int", StrictInputs::notAnInt,
            "Float", StrictInputs::notANumber,
            "Date", StrictInputs::notADate);

    private StrictInputs() {
    }

    /** The schema with the scalars named in {@link #PROBLEMS} checking their input first. */
    static GraphQLSchema apply(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                Function<Object, String> problem = PROBLEMS.get(scalar.getName());
                if (problem == null || scalar.getCoercing() instanceof Checked) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, scalar.transform(builder -> builder.coercing(checked(scalar.getCoercing(), problem))));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Checked checked(Coercing<?, ?> smallRyes, Function<Object, String> problem) {
        return new Checked((Coercing<Object, Object>) smallRyes, problem);
    }

    private static String notAnInt(Object input) {
        BigDecimal number = number(input);
        if (!isInteger(number)) {
            return "Expected an integer, but it was " + describe(input);
        }
        try {
            number.intValueExact();
            return null;
        } catch (ArithmeticException e) {
            return "Expected an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE + ", but it was " + describe(input);
        }
    }

    private static String notAnId(Object input) {
        return input instanceof String || (input instanceof Number && isInteger(number(input))) ? null
                : "Expected an id (a string or an integer), but it was " + describe(input);
    }

    private static String notANumber(Object input) {
        return number(input) == null ? "Expected a number, but it was " + describe(input) : null;
    }

    private static String notADate(Object input) {
        if (input instanceof String text) {
            try {
                LocalDate.parse(text);
                return null;
            } catch (DateTimeParseException e) {
                // refused below
            }
        }
        return "Expected a date as yyyy-MM-dd (e.g. 2024-01-31), but it was " + describe(input);
    }

    private static boolean isInteger(BigDecimal number) {
        return number != null && number.stripTrailingZeros().scale() <= 0;
    }

    /** A JSON number or a string holding one; null when it is neither. */
    private static BigDecimal number(Object input) {
        try {
            if (input instanceof BigDecimal decimal) {
                return decimal;
            }
            if (input instanceof BigInteger || input instanceof Long || input instanceof Integer
                    || input instanceof Short || input instanceof Byte) {
                return new BigDecimal(input.toString());
            }
            if (input instanceof Double || input instanceof Float) {
                return BigDecimal.valueOf(((Number) input).doubleValue());
            }
            if (input instanceof String text) {
                return new BigDecimal(text.trim());
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return null;
    }

    private static String describe(Object input) {
        if (input instanceof String text) {
            return "\"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (input instanceof Map<?, ?>) {
            return "an object";
        }
        if (input instanceof Iterable<?>) {
            return "a list";
        }
        return String.valueOf(input);
    }

    /** SmallRye's coercing, with the input checked before it. */
    private record Checked(Coercing<Object, Object> smallRyes, Function<Object, String> problem) implements Coercing<Object, Object> {

        @Override
        public Object parseValue(Object input, GraphQLContext context, Locale locale) throws CoercingParseValueException {
            String found = problem.apply(input);
            if (found != null) {
                throw new CoercingParseValueException(found);
            }
            return smallRyes.parseValue(input, context, locale);
        }

        @Override
        public Object parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context, Locale locale)
                throws CoercingParseLiteralException {
            if (input instanceof StringValue text) {
                String found = problem.apply(text.getValue());
                if (found != null) {
                    throw new CoercingParseLiteralException(found);
                }
            }
            return smallRyes.parseLiteral(input, variables, context, locale);
        }

        @Override
        public Object serialize(Object output, GraphQLContext context, Locale locale) throws CoercingSerializeException {
            return smallRyes.serialize(output, context, locale);
        }

        @Override
        public Value<?> valueToLiteral(Object input, GraphQLContext context, Locale locale) {
            return smallRyes.valueToLiteral(input, context, locale);
        }

        @Override
        @Deprecated
        public Object serialize(Object output) {
            return smallRyes.serialize(output);
        }

        @Override
        @Deprecated
        public Object parseValue(Object input) {
            return parseValue(input, GraphQLContext.getDefault(), Locale.getDefault());
        }

        @Override
        @Deprecated
        public Object parseLiteral(Object input) {
            return smallRyes.parseLiteral(input);
        }
    }
}
