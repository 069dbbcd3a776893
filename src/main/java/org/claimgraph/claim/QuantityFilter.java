package org.claimgraph.claim;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import java.math.BigDecimal;

@Input("QuantityFilter")
@Description("Claims stating a number that meets every condition given here (one of the claim's quantities must meet "
        + "them all). An empty filter (`{}`) keeps the claims that state any number. A figure is compared as written: a "
        + "range (\"between 1,000 and 1,200\", \"several hundred or even a thousand\") matches when it overlaps the bounds "
        + "asked for; \"at least 800\" and \"more than 800\" count as 800.")
public class QuantityFilter {

    @Description("MONEY or COUNT.")
    public QuantityKind kind;

    @Size(min = 1, max = 100)
    @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters")
    @Description("What is counted, or the ISO 4217 currency: `fighters`, `mercenary`, `XOF`. Case and a plural -s are "
            + "ignored.")
    public String unit;

    @DecimalMin("0")
    @Description("The figure reaches at least this (in the quantity's own unit or currency).")
    public BigDecimal atLeast;

    @DecimalMin("0")
    @Description("The figure goes down to at most this (in the quantity's own unit or currency).")
    public BigDecimal atMost;

    @DecimalMin("0")
    @Description("Money normalised to US dollars per month is at least this; amounts with no period are left out.")
    public BigDecimal minUsdPerMonth;

    @DecimalMin("0")
    @Description("Money normalised to US dollars per month is at most this; amounts with no period are left out.")
    public BigDecimal maxUsdPerMonth;
}
