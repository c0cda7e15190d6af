package org.lawreport.core.figures;

/**
 * What a figure literal measures. The kind decides which constraints apply to it and how its value is read.
 */
public enum QuantityKind {
    /** Things counted: 项, 件, 人次 … — whole and non-negative unless declared an average. */
    COUNT,
    /** A share or a change of shares: %, ％, ‰, 个百分点. */
    PERCENT,
    /** An amount of money in 元 (万元 and 亿元 are a scale word plus 元). */
    MONEY,
    /** A length of time: 个工作日, 天, 小时 … */
    DURATION,
    /** A calendar date or part of one: 2025年1月22日, 12月31日, 9-10月, 2024年. */
    DATE,
    /** A position in a ranking, written after 第 in the prose: 第{2位}. */
    RANK,
    /** A number without a meaning the language knows: a bare number, or an area, a length, a weight. */
    PLAIN
}
