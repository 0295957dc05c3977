package org.npswatch.model;

import java.math.BigDecimal;

/**
 * Units in which substances are offered. Each unit belongs to a dimension and converts to that
 * dimension's base unit (gram, millilitre or piece), so prices can be compared per base unit.
 */
public enum Unit {
    MICROGRAM("ug", Dimension.MASS, new BigDecimal("0.000001")),
    MILLIGRAM("mg", Dimension.MASS, new BigDecimal("0.001")),
    GRAM("g", Dimension.MASS, BigDecimal.ONE),
    KILOGRAM("kg", Dimension.MASS, new BigDecimal("1000")),
    OUNCE("oz", Dimension.MASS, new BigDecimal("28.3495")),
    MILLILITRE("ml", Dimension.VOLUME, BigDecimal.ONE),
    LITRE("l", Dimension.VOLUME, new BigDecimal("1000")),
    PIECE("pcs", Dimension.COUNT, BigDecimal.ONE),
    TABLET("tab", Dimension.COUNT, BigDecimal.ONE),
    PELLET("pellet", Dimension.COUNT, BigDecimal.ONE),
    BLOTTER("blotter", Dimension.COUNT, BigDecimal.ONE),
    CAPSULE("caps", Dimension.COUNT, BigDecimal.ONE);

    /** What a unit measures; prices are normalised per base unit of the dimension. */
    public enum Dimension {
        MASS("g"),
        VOLUME("ml"),
        COUNT("unit");

        private final String baseSymbol;

        Dimension(String baseSymbol) {
            this.baseSymbol = baseSymbol;
        }

        public String baseSymbol() {
            return baseSymbol;
        }
    }

    private final String symbol;
    private final Dimension dimension;
    private final BigDecimal toBase;

    Unit(String symbol, Dimension dimension, BigDecimal toBase) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.toBase = toBase;
    }

    /** Short symbol used in output, e.g. {@code g}, {@code mg}, {@code pcs}. */
    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** How many base units (g, ml or pieces) one of this unit is. */
    public BigDecimal toBase() {
        return toBase;
    }

    public static java.util.Optional<Unit> fromSymbol(String symbol) {
        for (Unit u : values()) {
            if (u.symbol.equalsIgnoreCase(symbol)) {
                return java.util.Optional.of(u);
            }
        }
        return java.util.Optional.empty();
    }
}
