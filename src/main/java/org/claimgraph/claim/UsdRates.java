package org.claimgraph.claim;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.Optional;

/**
 * Normalises money to US dollars per month at fixed 2021 average rates, so that "6 billion CFA
 * francs", "$10.8 million" and "more than nine million euros" compare. Fixed rates, not live
 * ones: the corpus is about 2021 and a figure must not move when the service restarts. The
 * rates and their sources are listed in docs/CORPUS.md.
 */
public final class UsdRates {

    private static final MathContext PRECISION = MathContext.DECIMAL64;
    private static final BigDecimal EUR = new BigDecimal("1.1827");
    /** CFA francs are pegged to the euro at 655.957 per euro. */
    private static final BigDecimal CFA = EUR.divide(new BigDecimal("655.957"), PRECISION);

    private static final Map<String, BigDecimal> USD_PER_UNIT = Map.of(
            "USD", BigDecimal.ONE,
            "EUR", EUR,
            "XOF", CFA,
            "XAF", CFA,
            "GBP", new BigDecimal("1.3757"),
            "RUB", BigDecimal.ONE.divide(new BigDecimal("73.65"), PRECISION));

    private UsdRates() {
    }

    public static boolean knows(String currency) {
        return USD_PER_UNIT.containsKey(currency);
    }

    /**
     * US dollars per month for a recurring amount; empty for one-off amounts (no period), counts,
     * and amounts with no figure at all.
     */
    public static Optional<BigDecimal> usdPerMonth(QuantityKind kind, BigDecimal amount, BigDecimal lowerBound,
                                                   BigDecimal upperBound, String currency, Period period) {
        if (kind != QuantityKind.MONEY || period == null) {
            return Optional.empty();
        }
        BigDecimal figure = amount != null ? amount : lowerBound != null ? lowerBound : upperBound;
        BigDecimal rate = USD_PER_UNIT.get(currency);
        if (figure == null || rate == null) {
            return Optional.empty();
        }
        BigDecimal usd = figure.multiply(rate, PRECISION);
        usd = switch (period) {
            case DAY -> usd.multiply(BigDecimal.valueOf(365), PRECISION).divide(BigDecimal.valueOf(12), PRECISION);
            case WEEK -> usd.multiply(BigDecimal.valueOf(365), PRECISION).divide(BigDecimal.valueOf(12 * 7), PRECISION);
            case MONTH -> usd;
            case YEAR -> usd.divide(BigDecimal.valueOf(12), PRECISION);
        };
        return Optional.of(usd.setScale(2, RoundingMode.HALF_UP));
    }
}
