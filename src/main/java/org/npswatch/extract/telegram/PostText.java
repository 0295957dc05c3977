package org.npswatch.extract.telegram;

import java.util.regex.Pattern;

/**
 * Removes from a post what names a seller or a way to reach them rather than a product: @handles,
 * t.me and other links, e-mail addresses, phone numbers and hashtags' '#'. Without this "@mister3mmc"
 * is read as an unknown substance and "t.me/coke_adam" as cocaine.
 */
final class PostText {
    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|t\\.me/|telegram\\.me/)\\S+");
    private static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.]{3,}");
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[a-z]{2,}");
    /** Dutch mobile (06 12 34 56 78), international (+31 6.., +44 7..) numbers; not prices or quantities. */
    private static final Pattern PHONE = Pattern.compile("(?<![\\d€£$])(?:\\+\\d{2}[ -]?\\d{1,4}|0\\d)(?:[ -]?\\d{2,4}){3,4}(?![\\d])");

    private PostText() {}

    /** The text with contact details blanked out (lines are kept, so menus keep their shape). */
    static String withoutContacts(String text) {
        String s = LINK.matcher(text).replaceAll(" ");
        s = EMAIL.matcher(s).replaceAll(" ");
        s = HANDLE.matcher(s).replaceAll(" ");
        return PHONE.matcher(s).replaceAll(" ");
    }
}
