package org.npswatch.store;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagNumbers;
import org.npswatch.model.FlagState;
import org.npswatch.model.FlagType;
import org.npswatch.model.IsoWeek;
import org.npswatch.model.Series;
import org.npswatch.model.Severity;
import org.npswatch.model.SourceId;

/**
 * Flags as the detectors write them for one week of the simulated market (keys, explanations and
 * evidence follow the detect package's conventions), plus one with a hostile scraped name.
 */
public final class SampleFlags {
    public static final IsoWeek WEEK = IsoWeek.parse("2026-W14");

    private SampleFlags() {}

    public static Flag newSubstance() {
        return flag(FlagType.NEW_SUBSTANCE, "2-FDCK", Optional.empty(), Severity.HIGH, Optional.empty(),
                Optional.empty(), FlagNumbers.observedOnly(3, "first-seen"),
                List.of("warc:urn:uuid:6f1c2a9e-0d4b-4c61-9a57-3f0c1f2b8e11", "telegram:tg-nl-markt-4/18231"),
                "NEW_SUBSTANCE|2-FDCK|2026-W14",
                "2-FDCK offered for the first time: 3 offers in 2 sources (chemshop-nl, tg-nl-markt-4)");
    }

    public static Flag unknownName() {
        return flag(FlagType.UNKNOWN_NAME, "α-PHiP", Optional.of(SourceId.of("tg-nl-markt-4")), Severity.MEDIUM,
                Optional.empty(), Optional.empty(), FlagNumbers.observedOnly(2, "folded-name"),
                List.of("telegram:tg-nl-markt-4/18240", "telegram:tg-nl-markt-4/18301"),
                "UNKNOWN_NAME|a-phip",
                "unknown substance-like name α-PHiP (spellings: a-PHiP, α-PHiP) seen 2 time(s) in tg-nl-markt-4");
    }

    public static Flag volumeUp() {
        return flag(FlagType.VOLUME_CHANGE, "3-MMC", Optional.empty(), Severity.HIGH, Optional.of(Direction.UP),
                Optional.of(Series.POSTS),
                new FlagNumbers(Optional.of(new BigDecimal("96")), Optional.of(new BigDecimal("41.25")),
                        Optional.of(new BigDecimal("63.0871")), Optional.of(new BigDecimal("0.00001234")), "negbin"),
                List.of("telegram:tg-nl-markt-4/18002", "telegram:tg-amsterdam-deals/5521"),
                "VOLUME_CHANGE|3-MMC|posts|UP|2026-W14",
                "3-MMC posts rose to 96 (expected 41.2, threshold 63.1)");
    }

    public static Flag priceDown() {
        return flag(FlagType.PRICE_CHANGE, "cocaine", Optional.empty(), Severity.MEDIUM, Optional.of(Direction.DOWN),
                Optional.of(Series.MEDIAN_PRICE_PER_GRAM),
                new FlagNumbers(Optional.of(new BigDecimal("38.50")), Optional.of(new BigDecimal("55")),
                        Optional.of(new BigDecimal("0.25")), Optional.empty(), "median-move"),
                List.of("warc:urn:uuid:0b7e5d2c-4a18-4f0e-8d3b-2c9a6e1f7a40"),
                "PRICE_CHANGE|cocaine|DOWN|2026-W14",
                "cocaine median price per gram fell from 55.00 to 38.50 EUR (-30%)");
    }

    public static Flag shopVanished() {
        return flag(FlagType.AVAILABILITY, "chemshop-nl", Optional.of(SourceId.of("chemshop-nl")), Severity.LOW,
                Optional.of(Direction.DOWN), Optional.empty(), FlagNumbers.observedOnly(0, "source-seen"),
                List.of(), "AVAILABILITY|chemshop-nl|vanished|2026-W14",
                "chemshop-nl vanished: no page fetched for 2 weeks");
    }

    /** A scraped name carrying markup and an ampersand, as a hostile or careless seller writes it. */
    public static Flag hostileName() {
        return flag(FlagType.UNKNOWN_NAME, "<script>alert('x')</script> & \"Mandy\"", Optional.empty(),
                Severity.LOW, Optional.empty(), Optional.empty(), FlagNumbers.observedOnly(1, "folded-name"),
                List.of("https://chemshop.example/p?id=7&ref=<b>"),
                "UNKNOWN_NAME|<script>alert('x')</script> & mandy",
                "unknown substance-like name <script>alert('x')</script> & \"Mandy\" seen 1 time(s)");
    }

    public static List<Flag> week14() {
        return List.of(newSubstance(), unknownName(), volumeUp(), priceDown(), shopVanished());
    }

    private static Flag flag(FlagType type, String subject, Optional<SourceId> source, Severity severity,
            Optional<Direction> direction, Optional<Series> series, FlagNumbers numbers, List<String> evidence,
            String key, String explanation) {
        return new Flag(Flag.idFor(key), type, subject, source, WEEK, severity, direction, series, numbers,
                evidence, key, FlagState.OPEN, explanation);
    }
}
