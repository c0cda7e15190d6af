package org.lawreport.core.officialdoc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a 发文字号 (document number) of the form 机关代字〔YYYY〕N号 (GB/T 9704-2012): the year in full inside
 * 六角括号 〔〕 (U+3014/U+3015), no 第, no leading zeros, ending with 号. Look-alike brackets 【】 [] ［］ ﹝﹞
 * （） () 〖〗 〘〙 are recognised and reported.
 */
public final class DocumentNumber {

    /** The opening bracket of the standard form. */
    public static final char OPEN = '〔';
    /** The closing bracket of the standard form. */
    public static final char CLOSE = '〕';

    static final String OPENERS = "〔【[［﹝（(〖〘";
    static final String CLOSERS = "〕】]］﹞）)〗〙";

    private DocumentNumber() {
    }

    /** Reads {@code text} as a 发文字号. */
    public static DocumentNumberParse parse(String text) {
        int n = text.length();
        int open = indexOfAny(text, OPENERS, 0);
        int close = open < 0 ? -1 : indexOfAny(text, CLOSERS, open + 1);
        if (close < 0) {
            return notADocumentNumber(text);
        }
        List<DocumentNumberProblem> problems = new ArrayList<>();
        String issuer = text.substring(0, open).strip();
        if (issuer.isEmpty()) {
            problems.add(problem(DocumentNumberProblem.Code.MISSING_ISSUER_CODE, 0, open));
        }
        if (text.charAt(open) != OPEN || text.charAt(close) != CLOSE) {
            problems.add(problem(DocumentNumberProblem.Code.WRONG_BRACKETS, open, close - open + 1));
        }
        String yearText = text.substring(open + 1, close);
        OptionalInt year = OptionalInt.empty();
        if (!yearText.isEmpty() && yearText.length() <= 9 && yearText.chars().allMatch(DocumentNumber::isAsciiDigit)) {
            year = OptionalInt.of(Integer.parseInt(yearText));
        }
        if (yearText.length() != 4 || year.isEmpty()) {
            problems.add(problem(DocumentNumberProblem.Code.YEAR_NOT_FOUR_DIGITS, open + 1, yearText.length()));
        }
        int pos = close + 1;
        if (pos < n && text.charAt(pos) == '第') {
            problems.add(problem(DocumentNumberProblem.Code.ORDINAL_DI, pos, 1));
            pos++;
        }
        int digitsEnd = pos;
        while (digitsEnd < n && isAsciiDigit(text.charAt(digitsEnd))) {
            digitsEnd++;
        }
        if (digitsEnd == pos || digitsEnd - pos > 9) {
            return notADocumentNumber(text);
        }
        String digits = text.substring(pos, digitsEnd);
        int zeros = 0;
        while (zeros < digits.length() - 1 && digits.charAt(zeros) == '0') {
            zeros++;
        }
        if (zeros > 0) {
            problems.add(problem(DocumentNumberProblem.Code.LEADING_ZERO, pos, zeros));
        }
        int serial = Integer.parseInt(digits);
        pos = digitsEnd;
        if (pos < n && text.charAt(pos) == '号') {
            pos++;
        } else {
            problems.add(problem(DocumentNumberProblem.Code.MISSING_HAO, pos, 0));
        }
        if (pos < n) {
            problems.add(problem(DocumentNumberProblem.Code.TRAILING_TEXT, pos, n - pos));
        }
        Optional<String> corrected = issuer.isEmpty() || yearText.length() != 4 || year.isEmpty()
                ? Optional.empty()
                : Optional.of(issuer + OPEN + yearText + CLOSE + serial + "号");
        problems.sort(Comparator.comparingInt(DocumentNumberProblem::offset));
        return new DocumentNumberParse(issuer, year, OptionalInt.of(serial), problems, corrected);
    }

    private static DocumentNumberParse notADocumentNumber(String text) {
        return new DocumentNumberParse("", OptionalInt.empty(), OptionalInt.empty(),
                List.of(problem(DocumentNumberProblem.Code.NOT_A_DOCUMENT_NUMBER, 0, text.length())),
                Optional.empty());
    }

    private static DocumentNumberProblem problem(DocumentNumberProblem.Code code, int offset, int length) {
        return new DocumentNumberProblem(code, offset, length);
    }

    private static int indexOfAny(String text, String chars, int from) {
        for (int i = from; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }
}
