package org.lawreport.core.text;

/**
 * A year written in a text, such as the 2024 of "2024年度".
 *
 * @param offset      where the digits start
 * @param length      the length of the digits (4); the 年 follows them
 * @param year        the year
 * @param inBookTitle whether it stands inside 《》, i.e. in the title of another document
 */
public record YearMention(int offset, int length, int year, boolean inBookTitle) {
}
