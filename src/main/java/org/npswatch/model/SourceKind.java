package org.npswatch.model;

/** The kinds of source npswatch watches. Webshops are crawled; Telegram chats are read. */
public enum SourceKind {
    WEBSHOP,
    TELEGRAM_CHANNEL,
    TELEGRAM_GROUP;

    public boolean isTelegram() {
        return this != WEBSHOP;
    }
}
