package org.npswatch.market;

/** Usernames of the simulated Telegram channels. */
final class TelegramChannels {
    static final String DUTCH = "snelbezorgd_nl";
    static final String ENGLISH = "eu_rc_supply";
    static final String PRIVATE = "pillen_groep_nl";

    private TelegramChannels() {}
}
