package org.npswatch.extract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.npswatch.config.ExtractionProfile;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Page;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ordered chain of small extractors that reads a shop's page into offers.
 *
 * <p>Order: the shop's selector profile (when configured: the operator's explicit choice),
 * JSON-LD, microdata and RDFa, WooCommerce variations, Shopify product JSON and analytics meta;
 * then, on product or unclassified pages where those found nothing, the text around the page
 * heading ({@link ProductTextExtractor}); then listing cards, which run only on pages that are not
 * product pages or when nothing before them found an offer (a product page's related-product
 * cards are not its offers). A product page's single offer without a stock status takes the
 * page's stock text. Every step runs and is timed; their
 * offers are merged by {@link OfferMerger} (richest tiers win). Pages classified
 * {@link PageKind#NON_OFFER} yield no offers at all. Thread-safe: one chain serves all pages of a
 * source.
 */
public final class ExtractorChain {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractorChain.class);

    /** Timing and yield of one step on one page. */
    public record StepReport(String extractor, Duration took, int offers, List<String> problems) {
        public StepReport {
            problems = List.copyOf(problems);
        }
    }

    /** What the chain did with one page. */
    public record Result(PageKind kind, List<ExtractedOffer> offers, List<StepReport> steps) {
        public Result {
            offers = List.copyOf(offers);
            steps = List.copyOf(steps);
        }
    }

    private final Optional<ExtractionProfile> profile;
    private final List<Extractor> structured;
    private final Extractor listing = new ListingExtractor();
    private final Extractor productText = new ProductTextExtractor();

    private ExtractorChain(Optional<ExtractionProfile> profile) {
        this.profile = profile;
        List<Extractor> steps = new ArrayList<>();
        profile.ifPresent(p -> steps.add(new ProfileExtractor(p)));
        steps.add(new JsonLdExtractor());
        steps.add(new MicrodataExtractor());
        steps.add(new WooCommerceVariationsExtractor());
        steps.add(new ShopifyProductsJsonExtractor());
        steps.add(new ShopifyMetaExtractor());
        this.structured = List.copyOf(steps);
    }

    /** The chain for one source; the profile is the source's CSS selector profile, if any. */
    public static ExtractorChain forSource(Optional<ExtractionProfile> profile) {
        return new ExtractorChain(profile);
    }

    /** The offers on a page (HTML or products JSON); none for non-offer pages. Never throws on odd markup. */
    public List<ExtractedOffer> extract(Page page) {
        return extractWithReport(page).offers();
    }

    /** Like {@link #extract} with the page kind and each step's time, yield and problems. */
    public Result extractWithReport(Page page) {
        long start = System.nanoTime();
        PageContext context = PageContext.of(page, profile);
        PageKind kind = PageKind.classify(context);
        List<StepReport> steps = new ArrayList<>();
        steps.add(new StepReport("parse", Duration.ofNanos(System.nanoTime() - start), 0, context.problems()));
        if (kind == PageKind.NON_OFFER) {
            return new Result(kind, List.of(), steps);
        }
        List<ExtractedOffer> found = new ArrayList<>();
        for (Extractor step : structured) {
            found.addAll(run(step, context, steps));
        }
        if (found.isEmpty() && (kind == PageKind.PRODUCT || kind == PageKind.UNKNOWN)) {
            found.addAll(run(productText, context, steps));
        }
        if (kind != PageKind.PRODUCT || found.isEmpty()) {
            found.addAll(run(listing, context, steps));
        }
        List<ExtractedOffer> merged = OfferMerger.merge(found, kind);
        if (kind == PageKind.PRODUCT && merged.size() == 1) {
            merged = List.of(PageStock.fillIn(merged.getFirst(), context));
        }
        return new Result(kind, merged, steps);
    }

    private static List<ExtractedOffer> run(Extractor step, PageContext context, List<StepReport> steps) {
        long t0 = System.nanoTime();
        int problemsBefore = context.problems().size();
        List<ExtractedOffer> offers;
        try {
            offers = step.extract(context);
        } catch (RuntimeException e) {
            // A defect in one extractor must not cost the page the other extractors' offers; it
            // is logged once here, where the step ends, with the page and the step named.
            LOG.warn("extractor {} failed on {}: {}", step.name(), context.page().url(), e.toString());
            context.problems().add(step.name() + " failed: " + e);
            offers = List.of();
        }
        List<String> problems = context.problems().subList(problemsBefore, context.problems().size());
        steps.add(new StepReport(step.name(), Duration.ofNanos(System.nanoTime() - t0), offers.size(), problems));
        return offers;
    }
}
