package org.lawreport.core.figures;

/** Whether a figure literal states an exact number or a lower bound (余, 多: "1200余件", "2000多个"). */
public enum Approximation {
    /** The number as written. */
    EXACT,
    /** More than the number written: 余 or 多. */
    MORE_THAN
}
