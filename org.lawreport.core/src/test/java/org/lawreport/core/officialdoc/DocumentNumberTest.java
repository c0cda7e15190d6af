package org.lawreport.core.officialdoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lawreport.core.officialdoc.DocumentNumber;
import org.lawreport.core.officialdoc.DocumentNumberParse;
import org.lawreport.core.officialdoc.DocumentNumberProblem.Code;
import org.lawreport.core.officialdoc.DocumentNumberProblem;

class DocumentNumberTest {

    private static DocumentNumberProblem problem(Code code, int offset, int length) {
        return new DocumentNumberProblem(code, offset, length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"潼政务办〔2021〕10号", "潼委法办〔2020〕19号", "厅字〔2019〕28号", "潼南府办发〔2020〕65号"})
    void standardForm(String text) {
        DocumentNumberParse parse = DocumentNumber.parse(text);
        assertTrue(parse.isStandard(), parse::toString);
        assertEquals(Optional.of(text), parse.corrected());
    }

    @Test
    void partsOfTheNumber() {
        DocumentNumberParse parse = DocumentNumber.parse("潼政务办〔2021〕10号");
        assertEquals("潼政务办", parse.issuerCode());
        assertEquals(OptionalInt.of(2021), parse.year());
        assertEquals(OptionalInt.of(10), parse.serial());
    }

    @ParameterizedTest
    @ValueSource(strings = {"【】", "[]", "［］", "﹝﹞", "（）", "()", "〖〗"})
    void lookAlikeBracketsAreCorrected(String brackets) {
        String text = "潼政务办" + brackets.charAt(0) + "2021" + brackets.charAt(1) + "10号";
        DocumentNumberParse parse = DocumentNumber.parse(text);
        assertEquals(List.of(problem(Code.WRONG_BRACKETS, 4, 6)), parse.problems());
        assertEquals(Optional.of("潼政务办〔2021〕10号"), parse.corrected());
        assertEquals(OptionalInt.of(2021), parse.year());
    }

    @Test
    void mixedBracketsAreWrong() {
        DocumentNumberParse parse = DocumentNumber.parse("潼政务办〔2021）10号");
        assertEquals(List.of(problem(Code.WRONG_BRACKETS, 4, 6)), parse.problems());
    }

    @Test
    void ordinalDi() {
        DocumentNumberParse parse = DocumentNumber.parse("潼政务办〔2021〕第10号");
        assertEquals(List.of(problem(Code.ORDINAL_DI, 10, 1)), parse.problems());
        assertEquals(Optional.of("潼政务办〔2021〕10号"), parse.corrected());
    }

    @Test
    void leadingZeros() {
        DocumentNumberParse parse = DocumentNumber.parse("潼政务办〔2021〕010号");
        assertEquals(List.of(problem(Code.LEADING_ZERO, 10, 1)), parse.problems());
        assertEquals(OptionalInt.of(10), parse.serial());
        assertEquals(Optional.of("潼政务办〔2021〕10号"), parse.corrected());
        assertEquals(List.of(problem(Code.LEADING_ZERO, 10, 2)),
                DocumentNumber.parse("潼政务办〔2021〕005号").problems());
    }

    @Test
    void missingHao() {
        DocumentNumberParse parse = DocumentNumber.parse("潼政务办〔2021〕10");
        assertEquals(List.of(problem(Code.MISSING_HAO, 12, 0)), parse.problems());
        assertEquals(Optional.of("潼政务办〔2021〕10号"), parse.corrected());
    }

    @Test
    void yearNotInFull() {
        DocumentNumberParse parse = DocumentNumber.parse("潼政务办〔21〕10号");
        assertEquals(List.of(problem(Code.YEAR_NOT_FOUR_DIGITS, 5, 2)), parse.problems());
        assertEquals(Optional.empty(), parse.corrected());
        assertTrue(DocumentNumber.parse("潼政务办〔二〇二一〕10号").has(Code.YEAR_NOT_FOUR_DIGITS));
    }

    @Test
    void missingIssuerCode() {
        DocumentNumberParse parse = DocumentNumber.parse("〔2021〕10号");
        assertEquals(List.of(problem(Code.MISSING_ISSUER_CODE, 0, 0)), parse.problems());
        assertEquals(Optional.empty(), parse.corrected());
    }

    @Test
    void trailingText() {
        DocumentNumberParse parse = DocumentNumber.parse("潼委法办〔2020〕19号文件");
        assertEquals(List.of(problem(Code.TRAILING_TEXT, 13, 2)), parse.problems());
        assertEquals(Optional.of("潼委法办〔2020〕19号"), parse.corrected());
    }

    @Test
    void severalProblemsAtOnce() {
        DocumentNumberParse parse = DocumentNumber.parse("潼政务办[2021]第010号");
        assertEquals(List.of(problem(Code.WRONG_BRACKETS, 4, 6), problem(Code.ORDINAL_DI, 10, 1),
                problem(Code.LEADING_ZERO, 11, 1)), parse.problems());
        assertEquals(Optional.of("潼政务办〔2021〕10号"), parse.corrected());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "潼政务办2021年10号", "潼政务办〔2021〕号", "潼政务办〔2021", "无字号"})
    void notADocumentNumber(String text) {
        DocumentNumberParse parse = DocumentNumber.parse(text);
        assertEquals(List.of(problem(Code.NOT_A_DOCUMENT_NUMBER, 0, text.length())), parse.problems());
        assertEquals(Optional.empty(), parse.corrected());
    }
}
