package org.newsgraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DateFinderRandomInputTest {

    private static final String[] PIECES = {"April", "Apr.", "May", "Sept", "June", "Friday",
        "2026-04-10", "Q3", "ago", "from now", "Jan", "December",
        "Sunday", "on", "a", "the", "of", "last", "next", "this", "early", "mid-", "late", "summer",
        "fall", "Q", "quarter", "first", "2026", "2024", "1999", "21", "3rd", "31", "0", "10,",
        "-", "—", ",", ".", "'s", "$", "%", "年", "月", "日", "ago", "weeks", "after", "before",
        "six", "today", "\n", " ", "  ", "é", "\u00a0", "\ud83d\ude00", "凤凰科技"};

    @Test
    void randomTextNeverBreaksTheFinder() {
        Random random = new Random(20260410L);
        DateFinder finder = new DateFinder();
        int total = 0;
        for (int round = 0; round < 3000; round++) {
            String text = randomText(random);
            int from = random.nextInt(text.length() + 1);
            int to = from + random.nextInt(text.length() - from + 1);
            LocalDate anchor = random.nextInt(5) == 0 ? null
                    : LocalDate.of(1000 + random.nextInt(9000), 1 + random.nextInt(12),
                            1 + random.nextInt(28));
            List<DateMention> found = finder.find(text, from, to, anchor);
            int previousEnd = from;
            for (DateMention m : found) {
                assertTrue(m.begin() >= previousEnd && m.end() <= to, () -> text + " -> " + found);
                assertEquals(text.substring(m.begin(), m.end()), m.surface());
                previousEnd = m.end();
            }
            total += found.size();
        }
        assertTrue(total > 100, "the random texts should contain some dates, found " + total);
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = random.nextInt(40);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(4) == 0) {
                text.append((char) (32 + random.nextInt(0x2FF)));
            } else {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
