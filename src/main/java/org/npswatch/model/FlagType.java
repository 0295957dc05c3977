package org.npswatch.model;

/** What kind of early-warning event a {@link Flag} announces. */
public enum FlagType {
    /** A lexicon substance offered for the first time, or again after a long absence. */
    NEW_SUBSTANCE,
    /** A substance-like name in no lexicon entry (a candidate new substance). */
    UNKNOWN_NAME,
    /** A significant rise or fall of a weekly volume series of a substance. */
    VOLUME_CHANGE,
    /** The median price per gram of a substance moved beyond the configured threshold. */
    PRICE_CHANGE,
    /** A shop or channel appeared, vanished or came back, or a wave of out-of-stock. */
    AVAILABILITY,
    /** A substance listed under the Opium Act (list I or II) is offered in a clearnet shop. */
    SCHEDULED_STILL_OFFERED
}
