package org.newsgraph.time;

/** How precise a date from the text is: the literal never claims more than the text says. */
public enum Precision { DAY, MONTH, SEASON, QUARTER, YEAR }
