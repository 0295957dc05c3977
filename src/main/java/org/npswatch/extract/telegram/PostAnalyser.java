package org.npswatch.extract.telegram;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.npswatch.lexicon.Context;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.lexicon.MatchScan;
import org.npswatch.lexicon.PlaceGazetteer;
import org.npswatch.lexicon.Recognition;
import org.npswatch.lexicon.TierListParser;
import org.npswatch.model.AnalysedPost;
import org.npswatch.model.Intent;
import org.npswatch.model.Post;
import org.npswatch.model.PriceTier;
import org.npswatch.model.Unit;

/**
 * Understands one Telegram post: its intent, the substances it names (street names included),
 * the price tiers of a menu, whether it offers trade quantities, the delivery areas, and which
 * earlier ad it re-posts. Stateful through the {@link AdDeduplicator}: feed posts in time order.
 * The stateless part ({@link #understand}) may run on several threads; the stateful part
 * ({@link #deduplicate}) must then run on one, in the posts' order.
 */
public final class PostAnalyser {
    /** Menus without a currency mark are in euro: the groups watched are Dutch. */
    public static final Currency DEFAULT_CURRENCY = Currency.getInstance("EUR");
    private static final BigDecimal TRADE_GRAMS = new BigDecimal("500");
    private static final BigDecimal TRADE_PIECES = new BigDecimal("500");
    static final Pattern TRADE_WORDS = Pattern.compile(
            "\\b(?:kilo'?s?|kg|groothandel|wholesale|bulk|grote? (?:afname|klanten|hoeveelheden)|handelaren|per kilo)\\b");
    /** Where a TRADE_WORDS match can start: the opening of each of its alternatives (keep in step). */
    static final MatchScan TRADE_SCAN = new MatchScan(TRADE_WORDS,
            MatchScan.literalAt("kilo", "kg", "groothandel", "wholesale", "bulk", "grot", "handelaren", "per kilo"));

    private final Lexicon lexicon;
    private final IntentClassifier classifier;
    private final PlaceGazetteer places;
    private final AdDeduplicator dedup;

    public PostAnalyser(Lexicon lexicon, IntentClassifier classifier, PlaceGazetteer places, AdDeduplicator dedup) {
        this.lexicon = lexicon;
        this.classifier = classifier;
        this.places = places;
        this.dedup = dedup;
    }

    /** An analyser with the shipped classifier and gazetteer and a fresh de-duplicator. */
    public static PostAnalyser standard(Lexicon lexicon) {
        return new PostAnalyser(lexicon, IntentClassifier.standard(), PlaceGazetteer.fromClasspath(), new AdDeduplicator());
    }

    /** Who placed an ad: the origin of a forward, else the poster, else the channel itself. */
    static String advertiser(Post post) {
        return post.forwardedFrom().or(post::authorPseudonym).orElse(post.source().value());
    }

    /**
     * Analyses one post: {@link #understand} then {@link #deduplicate}. Only offers are clustered
     * as re-posted ads: a bot's welcome or the rules re-posted are repeats, but not ads, and
     * counting unique ads is what the clusters are for.
     */
    public AnalysedPost analyse(Post post) {
        return deduplicate(understand(post));
    }

    /**
     * Everything but the re-post cluster (intent, substances, tiers, trade, places), with
     * {@code duplicateOf} left empty. A pure function of the post: safe to call from several
     * threads at once and in any order, so an import can analyse on worker threads.
     */
    public AnalysedPost understand(Post post) {
        String text = post.text();
        if (text.isBlank()) {
            return new AnalysedPost(post, Intent.OTHER, List.of(), List.of(), List.of(), false, List.of(), Optional.empty());
        }
        Intent intent = classifier.classify(text);
        String clean = PostText.withoutContacts(text);
        Recognition r = lexicon.recognise(clean, Context.TELEGRAM_POST);
        List<PriceTier> tiers = intent == Intent.OFFER ? tiers(clean) : List.of();
        boolean trade = intent == Intent.OFFER && isTrade(clean, tiers);
        List<String> substances = substances(clean, r);
        Map<String, List<PriceTier>> own = intent == Intent.OFFER && substances.size() > 1 && !tiers.isEmpty()
                ? substanceTiers(clean, r) : Map.of();
        return new AnalysedPost(post, intent, substances, r.unknownCandidates(), tiers, trade,
                places.find(clean), Optional.empty(), own);
    }

    /**
     * Adds the re-post cluster to a post {@link #understand understood}. Stateful (the
     * de-duplicator's first copies): call on one thread, in time order, once per post.
     */
    public AnalysedPost deduplicate(AnalysedPost understood) {
        if (understood.intent() != Intent.OFFER) {
            return understood;
        }
        Post post = understood.post();
        Optional<String> duplicateOf = dedup.assign(advertiser(post), post.key(), post.text());
        return duplicateOf.isEmpty() ? understood : new AnalysedPost(post, understood.intent(), understood.substances(),
                understood.unknownCandidates(), understood.tiers(), understood.tradeQuantity(), understood.deliveryAreas(),
                duplicateOf, understood.substanceTiers());
    }

    /**
     * The tiers of each substance of a menu that prices it on its own lines. A line that names
     * exactly one substance (by name, street name or menu emoji) opens its block, and its prices are
     * that substance's; lines below it that name nothing but carry prices continue the block ("2C-B"
     * over "10 pillen 50 / 25 pillen 120"); an empty line, a line without prices, or a line naming
     * something else ends it. A line naming several substances prices none of them.
     */
    private Map<String, List<PriceTier>> substanceTiers(String clean, Recognition r) {
        Map<String, List<PriceTier>> out = new LinkedHashMap<>();
        String[] lines = clean.split("\n", -1);
        String block = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            List<String> names = r.namesOnLine(i);
            if (names.isEmpty() && EmojiCodes.mayCode(line)) {
                names = EmojiCodes.substances(line, false);
            }
            List<PriceTier> lineTiers = line.isBlank() ? List.of() : tiers(line);
            if (names.size() == 1) {
                block = names.getFirst();
            } else if (!names.isEmpty() || lineTiers.isEmpty()) {
                block = null;
            }
            if (block != null && !lineTiers.isEmpty()) {
                out.computeIfAbsent(block, k -> new ArrayList<>()).addAll(lineTiers);
            }
        }
        return out;
    }

    /** Names the lexicon found, then substances coded by emoji on menu lines that name none. */
    private List<String> substances(String clean, Recognition whole) {
        Set<String> out = new LinkedHashSet<>(whole.canonicalNames());
        for (String line : clean.split("\\R")) {
            if (EmojiCodes.mayCode(line)) {
                boolean named = !lexicon.recognise(line, Context.TELEGRAM_POST).substances().isEmpty();
                out.addAll(EmojiCodes.substances(line, named));
            }
        }
        return List.copyOf(out);
    }

    private static List<PriceTier> tiers(String text) {
        try {
            return TierListParser.parse(text, DEFAULT_CURRENCY);
        } catch (RuntimeException e) {
            // a menu the tier parser cannot read still counts as an offer, without prices
            return List.of();
        }
    }

    private static boolean isTrade(String text, List<PriceTier> tiers) {
        for (PriceTier t : tiers) {
            BigDecimal base = t.quantity().inBaseUnits();
            Unit.Dimension d = t.quantity().unit().dimension();
            if (d == Unit.Dimension.MASS && base.compareTo(TRADE_GRAMS) >= 0
                    || d == Unit.Dimension.COUNT && base.compareTo(TRADE_PIECES) >= 0) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return TRADE_SCAN.find(TRADE_SCAN.matcher(lower), lower, 0);
    }
}
