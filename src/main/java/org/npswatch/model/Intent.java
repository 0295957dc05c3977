package org.npswatch.model;

/** What a Telegram post is about: selling, asking to buy, or anything else. */
public enum Intent {
    OFFER,
    REQUEST,
    OTHER
}
