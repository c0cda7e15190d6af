package org.lawreport.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lawreport.core.figures.QuantityKind;
import org.lawreport.core.figures.UnitCatalog;

class UnitCatalogTest {

    @ParameterizedTest
    @CsvSource({
        "件, COUNT", "人次, COUNT", "项次, COUNT", "位, COUNT",
        "%, PERCENT", "％, PERCENT", "个百分点, PERCENT", "‰, PERCENT",
        "元, MONEY",
        "个工作日, DURATION", "天, DURATION", "小时, DURATION", "个月, DURATION", "年, DURATION",
        "平方米, PLAIN", "吨, PLAIN"
    })
    void standardCatalogKnowsTheTemplateUnits(String unit, QuantityKind kind) {
        assertEquals(Optional.of(kind), UnitCatalog.standard().kindOf(unit));
    }

    @Test
    void unknownUnitHasNoKind() {
        assertEquals(Optional.empty(), UnitCatalog.standard().kindOf("斤"));
        assertEquals(Optional.empty(), UnitCatalog.standard().kindOf(""));
    }

    @Test
    void unitWithScaleWordAlsoRegistersTheBareUnit() {
        UnitCatalog catalog = UnitCatalog.builder().add(QuantityKind.MONEY, "万元").build();
        assertEquals(Optional.of(QuantityKind.MONEY), catalog.kindOf("元"));
        assertEquals(Optional.of(QuantityKind.MONEY), catalog.kindOf("万元"));
    }

    @Test
    void builderAddsSeveralKinds() {
        UnitCatalog catalog = UnitCatalog.builder()
                .add(QuantityKind.COUNT, "项", "件")
                .add(QuantityKind.DURATION, "天")
                .build();
        assertEquals(Optional.of(QuantityKind.COUNT), catalog.kindOf("件"));
        assertEquals(Optional.of(QuantityKind.DURATION), catalog.kindOf("天"));
        assertEquals(3, catalog.asMap().size());
    }

    @Test
    void sameUnitWithTwoKindsIsRejected() {
        UnitCatalog.Builder builder = UnitCatalog.builder().add(QuantityKind.COUNT, "日");
        assertThrows(IllegalArgumentException.class, () -> builder.add(QuantityKind.DURATION, "日"));
    }

    @Test
    void catalogIsImmutable() {
        UnitCatalog.Builder builder = UnitCatalog.builder().add(QuantityKind.COUNT, "件");
        UnitCatalog catalog = builder.build();
        builder.add(QuantityKind.COUNT, "项");
        assertEquals(Optional.empty(), catalog.kindOf("项"));
        assertThrows(UnsupportedOperationException.class, () -> catalog.asMap().put("项", QuantityKind.COUNT));
        assertTrue(catalog.asMap().containsKey("件"));
    }
}
