package org.npswatch.market;

import static org.npswatch.market.CatalogueProduct.Category.ACCESSORY;
import static org.npswatch.market.CatalogueProduct.Category.PARTY;
import static org.npswatch.market.CatalogueProduct.Category.PHARMACY;
import static org.npswatch.market.CatalogueProduct.Category.RC_BENZO;
import static org.npswatch.market.CatalogueProduct.Category.RC_CANNABINOID;
import static org.npswatch.market.CatalogueProduct.Category.RC_DISSOCIATIVE;
import static org.npswatch.market.CatalogueProduct.Category.RC_OPIOID;
import static org.npswatch.market.CatalogueProduct.Category.RC_PSYCHEDELIC;
import static org.npswatch.market.CatalogueProduct.Category.RC_STIMULANT;
import static org.npswatch.market.CatalogueProduct.Category.SEMI_SYNTHETIC_CANNABINOID;

import java.util.Currency;
import java.util.List;
import org.npswatch.model.SourceId;

/** The shops of the simulated market, in a fixed order (the order of ports and of every list). */
final class Shops {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency GBP = Currency.getInstance("GBP");
    private static final Currency PLN = Currency.getInstance("PLN");

    private Shops() {}

    static final List<ShopSpec> ALL = List.of(
            new ShopSpec(SourceId.of("chemvault"), "ChemVault", Platform.WOOCOMMERCE_YOAST, ShopLanguage.EN, EUR,
                    List.of(RC_STIMULANT, RC_DISSOCIATIVE, RC_PSYCHEDELIC, RC_BENZO, ACCESSORY), List.of(), 14, true, true),
            new ShopSpec(SourceId.of("rc-onderzoek-nl"), "Onderzoekschemicalien.nl", Platform.WOOCOMMERCE, ShopLanguage.NL, EUR,
                    List.of(RC_STIMULANT, RC_DISSOCIATIVE, RC_PSYCHEDELIC, RC_CANNABINOID, RC_OPIOID), List.of(), 12, true, true),
            new ShopSpec(SourceId.of("labpulse"), "LabPulse", Platform.SHOPIFY, ShopLanguage.EN, EUR,
                    List.of(RC_STIMULANT, RC_DISSOCIATIVE, RC_PSYCHEDELIC, RC_BENZO, RC_OPIOID), List.of(), 12, true, true),
            new ShopSpec(SourceId.of("albion-research"), "Albion Research Supplies", Platform.SHOPIFY, ShopLanguage.EN_GB, GBP,
                    List.of(RC_STIMULANT, RC_PSYCHEDELIC, RC_BENZO, RC_OPIOID), List.of(), 10, false, true),
            new ShopSpec(SourceId.of("hhc-cloud"), "HHC Cloud", Platform.SHOPIFY, ShopLanguage.NL, EUR,
                    List.of(SEMI_SYNTHETIC_CANNABINOID, ACCESSORY), List.of("n2ochargers"), 6, true, false),
            new ShopSpec(SourceId.of("reagenzien-de"), "Reagenzien Kontor", Platform.SHOPWARE, ShopLanguage.DE, EUR,
                    List.of(RC_STIMULANT, RC_PSYCHEDELIC, RC_DISSOCIATIVE, RC_BENZO), List.of(), 10, false, true),
            new ShopSpec(SourceId.of("chemikalia-pl"), "Chemikalia", Platform.PRESTASHOP, ShopLanguage.PL, PLN,
                    List.of(RC_STIMULANT, RC_CANNABINOID, RC_DISSOCIATIVE), List.of(), 9, false, true),
            new ShopSpec(SourceId.of("pelletpoint"), "PelletPoint", Platform.CUSTOM_PRICE_LIST, ShopLanguage.NL, EUR,
                    List.of(RC_STIMULANT, RC_BENZO, RC_PSYCHEDELIC), List.of(), 10, true, true),
            new ShopSpec(SourceId.of("britchem-direct"), "BritChem Direct", Platform.CUSTOM_TIER_TABLE, ShopLanguage.EN_GB, GBP,
                    List.of(RC_STIMULANT, RC_DISSOCIATIVE, RC_OPIOID, PARTY), List.of(), 10, false, true),
            new ShopSpec(SourceId.of("apotheek-direct"), "Apotheek Direct", Platform.WOOCOMMERCE, ShopLanguage.NL, EUR,
                    List.of(PHARMACY), List.of("ketamine"), 5, false, false),
            new ShopSpec(SourceId.of("snowline-contact"), "Snowline", Platform.CONTACT_ONLY, ShopLanguage.NL, EUR,
                    List.of(), List.of(), 0, true, false));
}
