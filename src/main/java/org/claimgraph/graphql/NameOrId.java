package org.claimgraph.graphql;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * An input that names an actor (or an outlet) by id or by any name: a few words, never blank. Each
 * part that fails is reported with its own message ("must not be blank"), as if written out.
 */
@Size(min = 1, max = 200)
@Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
@Pattern(regexp = "(?s).*\\S.*", message = "must not be blank")
@Constraint(validatedBy = {})
@Documented
@Target({FIELD, PARAMETER})
@Retention(RUNTIME)
public @interface NameOrId {

    String message() default "must be an id or a name";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
