package org.lawreport.core.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable map from unit text ("件", "个工作日", "%") to the {@link QuantityKind} it measures.
 *
 * <p>Scale words are not part of a unit: a unit added as "万元" or "亿元" also registers "元", because the parser
 * reads "2010万元" as 2010 × 万 × 元. Date units (年 月 日 after a date) and the ordinal 第 are handled by
 * {@link QuantityParser}, not by the catalog.
 */
public final class UnitCatalog {

    private static final String SCALE_WORDS = "万亿萬億";

    private static final UnitCatalog STANDARD = builder()
            .add(QuantityKind.COUNT, "项", "件", "个", "次", "人", "人次", "户", "家", "条", "卷", "份", "名", "场",
                    "期", "套", "类", "位", "张", "批", "支", "所", "处", "座", "台", "种", "宗", "起", "篇", "轮",
                    "单", "封", "本", "部", "间", "栋", "辆", "件次", "户次", "个次", "场次", "项次", "字")
            .add(QuantityKind.PLAIN, "平米", "平方米", "亩", "公里", "千米", "米", "吨")
            .add(QuantityKind.PERCENT, "%", "％", "个百分点", "‰")
            .add(QuantityKind.MONEY, "元", "万元", "亿元")
            .add(QuantityKind.DURATION, "个工作日", "工作日", "天", "日", "小时", "分钟", "个月", "周", "年")
            .build();

    private final Map<String, QuantityKind> kinds;

    private UnitCatalog(Map<String, QuantityKind> kinds) {
        this.kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
    }

    /** The units of the standard template 法治政府建设年度报告. */
    public static UnitCatalog standard() {
        return STANDARD;
    }

    /** Starts an empty catalog. */
    public static Builder builder() {
        return new Builder();
    }

    /** The kind measured by {@code unit}, if the catalog knows the unit. */
    public Optional<QuantityKind> kindOf(String unit) {
        return Optional.ofNullable(kinds.get(unit));
    }

    /** All units, in the order they were added, with their kinds. */
    public Map<String, QuantityKind> asMap() {
        return kinds;
    }

    /** Collects units; a unit may be added twice only with the same kind. */
    public static final class Builder {
        private final Map<String, QuantityKind> kinds = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Adds units of one kind.
         *
         * @throws IllegalArgumentException if a unit is empty or already registered with another kind
         */
        public Builder add(QuantityKind kind, String... units) {
            Objects.requireNonNull(kind, "kind");
            for (String unit : units) {
                if (unit == null || unit.isEmpty()) {
                    throw new IllegalArgumentException("empty unit");
                }
                put(unit, kind);
                if (unit.length() > 1 && SCALE_WORDS.indexOf(unit.charAt(0)) >= 0) {
                    put(unit.substring(1), kind);
                }
            }
            return this;
        }

        private void put(String unit, QuantityKind kind) {
            QuantityKind previous = kinds.putIfAbsent(unit, kind);
            if (previous != null && previous != kind) {
                throw new IllegalArgumentException("unit " + unit + " is already " + previous);
            }
        }

        /** The catalog holding the units added so far. */
        public UnitCatalog build() {
            return new UnitCatalog(kinds);
        }
    }
}
