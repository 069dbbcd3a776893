package org.claimgraph.ingest.extract;

import java.math.BigDecimal;
import org.claimgraph.claim.Period;
import org.claimgraph.claim.QuantityKind;

/**
 * A quantity found in text.
 *
 * <p>{@code amount} is the figure the text states, also when it is a bound ("more than nine million euros" has
 * amount 9,000,000 and lowerBound 9,000,000), so that figures compare across claims whatever their hedging; it is
 * null only when the text states no single figure ("hundreds of soldiers"). For a range ("several hundred or even
 * a thousand") amount is the upper, headline figure. Bounds are null unless the wording gives them.
 *
 * @param text        the original wording, exactly {@code source.substring(start, end)}
 * @param unit        ISO 4217 code for MONEY (USD, EUR, XOF, GBP, RUB); a plural noun for COUNT ("mercenaries")
 * @param period      MONTH or YEAR for recurring money, else null
 * @param usdPerMonth money normalised by {@link org.claimgraph.claim.UsdRates}; null for counts and one-off sums
 */
public record ExtractedQuantity(String text, int start, int end, QuantityKind kind, BigDecimal amount, String unit,
                                Period period, BigDecimal lowerBound, BigDecimal upperBound, BigDecimal usdPerMonth) {
}
