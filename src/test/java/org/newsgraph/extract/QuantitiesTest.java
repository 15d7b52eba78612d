package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    private static BigDecimal v(String n, String scale) {
        return Quantities.value(n, scale);
    }

    @Test
    void readsDigitsWordsAndScales() {
        assertEquals(0, new BigDecimal("1268").compareTo(v("1,268", null)));
        assertEquals(0, new BigDecimal("40").compareTo(v("forty", null)));
        assertEquals(0, new BigDecimal("900000000").compareTo(v("nine hundred", "million")));
        assertEquals(0, new BigDecimal("2.5").compareTo(v("two and a half", null)));
        assertEquals(0, new BigDecimal("1200000000000").compareTo(v("1.2", "trillion")));
        assertEquals(0, new BigDecimal("410000000").compareTo(v("410", "m")));
        assertNull(v("several", null));
    }

    @Test
    void findsMoneyPercentagesSizesAndCounts() {
        String text = "Foo raised $410 million, rose 4.2 percent, trains a 70-billion-parameter model, "
                + "has 100 million daily active users and sells at RMB 1.2 billion, not 600 yuan.";
        List<Amounts.Amount> found = Amounts.find(text, 0, text.length());
        assertEquals(List.of("USD", "percent", "parameters", "daily active users", "CNY", "CNY"),
                found.stream().map(Amounts.Amount::unit).toList());
        assertEquals(0, new BigDecimal("70000000000").compareTo(found.get(2).quantity()));
    }

    @Test
    void durationsYearsAndBareNumbersAreNotAmounts() {
        String text = "In 2025 the five-second clip took nine minutes on 3 machines.";
        assertEquals(List.of(), Amounts.find(text, 0, text.length()));
    }

    @Test
    void anElidedUnitIsCarriedOver() {
        String text = "an Elo forty points above Kestrel 2 and sixty above Heron 3";
        List<Amounts.Amount> found = Amounts.find(text, 0, text.length());
        assertEquals(List.of("Elo", "Elo"), found.stream().map(Amounts.Amount::unit).toList());
        assertEquals(0, BigDecimal.valueOf(60).compareTo(found.get(1).quantity()));
    }
}
