package org.npswatch.extract;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.npswatch.lexicon.Context;
import org.npswatch.lexicon.Lexicon;
import org.npswatch.lexicon.Recognition;
import org.npswatch.model.ExtractedOffer;
import org.npswatch.model.Offer;
import org.npswatch.model.Page;

/**
 * Turns an offer as read from a page into a normalised {@link Offer}: canonical substance names
 * and unknown substance-like names, via the lexicon.
 *
 * <p>The product name decides, read as a webshop product title ({@link Context#WEBSHOP_PRODUCT}:
 * words such as "ballonnen", "crystal" or "Speed" in a title name a form, an accessory or a brand,
 * not a drug). Only when the name names nothing the lexicon recognises (neither a
 * known substance nor an unknown candidate, e.g. "Pink Tesla" or "Crystal") and is no accessory
 * (a scale, bags, a shirt) is the description
 * (variant names, short description) consulted, and then only its first known substance: shop
 * descriptions compare ("stronger than 4-MMC") and list what not to mix, so taking all of them
 * would report substances the product is not. Unknown candidates come from the name only.
 */
public final class OfferNormaliser {
    /**
     * Things shops sell beside substances (scales, bags, reagent tests, merchandise). Their
     * descriptions name substances ("to weigh your 3-MMC") that the product is not.
     */
    private static final Pattern ACCESSORY = Pattern.compile("(?iu)(?<!\\p{L})(scales?|weegschaal|\\p{L}*waage|waga"
            + "|t-shirt|shirt|hoodie|gift ?card|cadeaubon|gutschein|grinder|reagent|reagens|test ?kit|testset|zakjes"
            + "|baggies|ziplock|druckverschlussbeutel|torebki|spoon|lepeltjes|pipe|vaporizer|verdamper)(?!\\p{L})");

    private final Lexicon lexicon;

    public OfferNormaliser(Lexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    public Offer normalise(Page page, ExtractedOffer offer) {
        Recognition byName = lexicon.recognise(offer.product(), Context.WEBSHOP_PRODUCT);
        List<String> substances = byName.canonicalNames();
        if (byName.isEmpty() && !offer.description().isBlank() && !ACCESSORY.matcher(offer.product()).find()) {
            substances = lexicon.recognise(offer.description()).canonicalNames().stream().limit(1).toList();
        }
        return new Offer(page.source(), page.url(), offer.product(), substances, byName.unknownCandidates(),
                offer.tiers(), offer.stock(), offer.sku());
    }
}
