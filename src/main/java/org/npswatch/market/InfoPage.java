package org.npswatch.market;

import java.util.List;

/**
 * A page that sells nothing: FAQ, shipping, terms, and a news article that names substances (the
 * trap for extractors that treat every substance name next to a number as an offer).
 *
 * @param slug URL slug in the shop's language
 * @param bodyHtml the page's main content as HTML paragraphs
 */
record InfoPage(Type type, String slug, String title, String bodyHtml) {
    enum Type {
        FAQ,
        SHIPPING,
        TERMS,
        ARTICLE
    }

    /** The shop's info pages in its language; {@code shop} is the shop's name. */
    static List<InfoPage> of(ShopLanguage lang, String shop) {
        return switch (lang) {
            case EN, EN_GB -> english(shop, lang == ShopLanguage.EN_GB);
            case NL -> dutch(shop);
            case DE -> german(shop);
            case PL -> polish(shop);
        };
    }

    private static List<InfoPage> english(String shop, boolean uk) {
        String money = uk ? "\u00a3" : "\u20ac";
        return List.of(
                new InfoPage(Type.FAQ, "faq", "Frequently Asked Questions", """
                        <h2>Ordering</h2>
                        <h3>Is 3-MMC still available?</h3>
                        <p>3-MMC was scheduled in the Netherlands in October 2021. We only sell compounds that are legal in the \
                        country we ship from. Please check the laws of your own country before ordering.</p>
                        <h3>What is the minimum order?</h3>
                        <p>The minimum order value is %s25.00. Orders above %s150 ship free of charge.</p>
                        <h3>Are your products for human consumption?</h3>
                        <p>No. All research chemicals such as 2-FDCK, 4-FA and 1P-LSD are sold for in-vitro laboratory research only.</p>
                        <h2>Payment</h2>
                        <p>We accept bank transfer, Bitcoin and Monero. Payments are processed within 24 hours.</p>
                        """.formatted(money, money)),
                new InfoPage(Type.SHIPPING, uk ? "delivery-information" : "shipping-and-delivery", uk ? "Delivery Information" : "Shipping & Delivery", """
                        <p>All orders placed before 15:00 (CET) on working days are shipped the same day in discreet, \
                        vacuum-sealed packaging.</p>
                        <table class="shipping-table"><thead><tr><th>Destination</th><th>Time</th><th>Cost</th></tr></thead>
                        <tbody><tr><td>Netherlands</td><td>1-2 days</td><td>%s4.95</td></tr>
                        <tr><td>EU</td><td>3-5 days</td><td>%s12.50</td></tr>
                        <tr><td>United Kingdom</td><td>4-7 days</td><td>%s19.95</td></tr></tbody></table>
                        <p>Tracked shipping is included for every order over %s150.</p>
                        """.formatted(money, money, money, money)),
                new InfoPage(Type.TERMS, "terms-and-conditions", "Terms and Conditions", """
                        <h2>1. General</h2>
                        <p>These terms apply to every order placed with %s. By ordering you declare that you are at least 18 \
                        years old and a qualified researcher.</p>
                        <h2>2. Use of products</h2>
                        <p>Products are not for human consumption. %s accepts no liability for misuse.</p>
                        <h2>3. Returns</h2>
                        <p>Because of the nature of our products, returns are not accepted once the seal has been broken.</p>
                        """.formatted(shop, shop)),
                new InfoPage(Type.ARTICLE, "3-mmc-ban-what-it-means", "3-MMC ban news: what the scheduling means for researchers", """
                        <p class="post-meta">Posted in <a href="#">News</a></p>
                        <p>On 28 October 2021 the Dutch government placed 3-MMC on list II of the Opium Act. Since then \
                        3-MMC can no longer be sold legally in the Netherlands. Its close relatives 3-CMC and 4-CMC were \
                        discussed in the same debate, and a generic ban on cathinones such as 4-MEC, N-ethylhexedrone and \
                        alpha-PHP is being prepared.</p>
                        <p>What does this mean for you? Prices for 3-MMC on the black market have risen sharply, and \
                        fines for selling it can reach %s25,000. We expect that 2-FDCK and the designer benzodiazepines \
                        bromazolam and flualprazolam will be reviewed next.</p>
                        <blockquote>"The market moves faster than the law," said one researcher.</blockquote>
                        <p>We will keep you updated on our news page.</p>
                        """.formatted(money)));
    }

    private static List<InfoPage> dutch(String shop) {
        return List.of(
                new InfoPage(Type.FAQ, "veelgestelde-vragen", "Veelgestelde vragen", """
                        <h2>Bestellen</h2>
                        <h3>Verkopen jullie nog 3-MMC?</h3>
                        <p>3-MMC staat sinds 28 oktober 2021 op lijst II van de Opiumwet. Wij verkopen alleen stoffen die \
                        toegestaan zijn.</p>
                        <h3>Wat is het minimale bestelbedrag?</h3>
                        <p>Het minimale bestelbedrag is &euro;25,00. Boven &euro;150 verzenden wij gratis.</p>
                        <h3>Hoe betaal ik?</h3>
                        <p>Je kunt betalen met iDEAL, bankoverschrijving of Bitcoin.</p>
                        """),
                new InfoPage(Type.SHIPPING, "verzending", "Verzending en levering", """
                        <p>Op werkdagen voor 15:00 besteld is dezelfde dag verzonden, discreet verpakt en zonder afzender.</p>
                        <ul><li>Nederland: 1-2 werkdagen, &euro;4,95</li><li>Belgi&euml;: 2-3 werkdagen, &euro;7,95</li>
                        <li>Overige EU-landen: 3-6 werkdagen, &euro;12,50</li></ul>
                        """),
                new InfoPage(Type.TERMS, "algemene-voorwaarden", "Algemene voorwaarden", """
                        <h2>Artikel 1 - Toepasselijkheid</h2>
                        <p>Deze voorwaarden zijn van toepassing op elke bestelling bij %s. Je moet 18 jaar of ouder zijn.</p>
                        <h2>Artikel 2 - Gebruik</h2>
                        <p>Producten zijn niet bedoeld voor menselijke consumptie.</p>
                        <h2>Artikel 3 - Retourneren</h2>
                        <p>Geopende verpakkingen worden niet teruggenomen.</p>
                        """.formatted(shop)),
                new InfoPage(Type.ARTICLE, "3-mmc-verbod-nieuws", "Nieuws: het 3-MMC verbod en wat er nu verandert", """
                        <p class="post-meta">Geplaatst in <a href="#">Nieuws</a></p>
                        <p>Sinds 28 oktober 2021 staat 3-MMC op lijst II van de Opiumwet. Daarmee is de verkoop van 3-MMC \
                        in Nederland verboden. Ook 3-CMC, 4-CMC en 2-FDCK worden genoemd in het debat over een generiek \
                        verbod (lijst IA).</p>
                        <p>Wat betekent dit? De prijs van 3-MMC op straat is flink gestegen en boetes kunnen oplopen tot \
                        &euro;25.000. Ook lachgas staat sinds 2023 op lijst II.</p>
                        <p>Wij houden je op de hoogte via deze nieuwspagina.</p>
                        """));
    }

    private static List<InfoPage> german(String shop) {
        return List.of(
                new InfoPage(Type.FAQ, "haeufige-fragen", "H\u00e4ufige Fragen", """
                        <h2>Bestellung</h2>
                        <h3>Ist 3-MMC noch erh\u00e4ltlich?</h3>
                        <p>3-MMC unterliegt in Deutschland dem NpSG. Wir verkaufen nur Stoffe, die nicht gelistet sind.</p>
                        <h3>Gibt es einen Mindestbestellwert?</h3>
                        <p>Der Mindestbestellwert betr\u00e4gt 30,00&nbsp;&euro;. Ab 150&nbsp;&euro; versenden wir kostenlos.</p>
                        """),
                new InfoPage(Type.SHIPPING, "versand-und-zahlung", "Versand und Zahlung", """
                        <p>Bestellungen bis 14 Uhr werden am selben Werktag versendet.</p>
                        <ul><li>Deutschland: 1-3 Werktage, 4,90&nbsp;&euro;</li><li>\u00d6sterreich: 2-4 Werktage, 9,90&nbsp;&euro;</li></ul>
                        """),
                new InfoPage(Type.TERMS, "agb", "Allgemeine Gesch\u00e4ftsbedingungen", """
                        <h2>\u00a7 1 Geltungsbereich</h2>
                        <p>Diese AGB gelten f\u00fcr alle Bestellungen bei %s. Nicht zum menschlichen Verzehr.</p>
                        <h2>\u00a7 2 Widerruf</h2><p>Ge\u00f6ffnete Ware ist vom Widerruf ausgeschlossen.</p>
                        """.formatted(shop)),
                new InfoPage(Type.ARTICLE, "3-mmc-verbot-neuigkeiten", "Neuigkeiten: 3-MMC Verbot in den Niederlanden", """
                        <p>Die Niederlande haben 3-MMC im Oktober 2021 verboten. In Deutschland fallen 3-MMC, 3-CMC und \
                        4-CMC bereits unter das Neue-psychoaktive-Stoffe-Gesetz. Auch 2-FDCK und Bromazolam wurden 2022 \
                        erfasst. Bu\u00dfgelder k\u00f6nnen mehrere Tausend Euro betragen.</p>
                        """));
    }

    private static List<InfoPage> polish(String shop) {
        return List.of(
                new InfoPage(Type.FAQ, "najczesciej-zadawane-pytania", "Najcz\u0119\u015bciej zadawane pytania", """
                        <h3>Czy 3-MMC jest dost\u0119pne?</h3>
                        <p>3-MMC jest w Polsce substancj\u0105 kontrolowan\u0105. Sprzedajemy wy\u0142\u0105cznie legalne odczynniki.</p>
                        <h3>Jaka jest minimalna warto\u015b\u0107 zam\u00f3wienia?</h3>
                        <p>Minimalna warto\u015b\u0107 zam\u00f3wienia to 100,00&nbsp;z\u0142.</p>
                        """),
                new InfoPage(Type.SHIPPING, "dostawa", "Dostawa", """
                        <p>Wysy\u0142amy w ci\u0105gu 24 godzin. InPost Paczkomaty: 14,99&nbsp;z\u0142, kurier DPD: 19,99&nbsp;z\u0142.</p>
                        """),
                new InfoPage(Type.TERMS, "regulamin", "Regulamin sklepu", """
                        <h2>\u00a71 Postanowienia og\u00f3lne</h2>
                        <p>Sklep %s sprzedaje odczynniki chemiczne wy\u0142\u0105cznie do cel\u00f3w badawczych.</p>
                        """.formatted(shop)),
                new InfoPage(Type.ARTICLE, "zakaz-3-mmc-aktualnosci", "Aktualno\u015bci: zakaz 3-MMC i nowe przepisy", """
                        <p>Po zakazie 3-MMC w Holandii rynek przesun\u0105\u0142 si\u0119 w stron\u0119 3-CMC i 4-CMC. \
                        W Polsce ustawa o przeciwdzia\u0142aniu narkomanii obejmuje tak\u017ce alpha-PHP i N-ethylhexedrone.</p>
                        """));
    }
}
