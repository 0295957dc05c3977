package org.npswatch.extract.telegram;

import java.util.regex.Pattern;

/**
 * Removes from a post what names a seller or a way to reach them rather than a product: @handles,
 * t.me and other links, e-mail addresses, phone numbers and hashtags' '#'. Without this "@mister3mmc"
 * is read as an unknown substance and "t.me/coke_adam" as cocaine.
 */
final class PostText {
    static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|t\\.me/|telegram\\.me/)\\S+");
    static final Pattern HANDLE = Pattern.compile("(?<![\\p{L}\\p{N}])@[\\p{L}\\p{N}_.]{3,}");
    static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[a-z]{2,}");
    /** Dutch mobile (06 12 34 56 78), international (+31 6.., +44 7..) numbers; not prices or quantities. */
    static final Pattern PHONE = Pattern.compile("(?<![\\d€£$])(?:\\+\\d{2}[ -]?\\d{1,4}|0\\d)(?:[ -]?\\d{2,4}){3,4}(?![\\d])");

    private PostText() {}

    /**
     * The text with contact details blanked out (lines are kept, so menus keep their shape). Each
     * pattern runs only on texts that hold what every match of it needs (cheap scans; most posts
     * have no link, e-mail or phone number), so the result is that of running all four.
     */
    static String withoutContacts(String text) {
        String s = mayHaveLink(text) ? LINK.matcher(text).replaceAll(" ") : text;
        s = mayHaveEmail(s) ? EMAIL.matcher(s).replaceAll(" ") : s;
        s = s.indexOf('@') >= 0 ? HANDLE.matcher(s).replaceAll(" ") : s;
        return mayHavePhone(s) ? PHONE.matcher(s).replaceAll(" ") : s;
    }

    /** Every LINK match holds "/" ("://", "t.me/", "telegram.me/") or "www." in any ASCII case. */
    static boolean mayHaveLink(String s) {
        if (s.indexOf('/') >= 0) {
            return true;
        }
        for (int i = s.indexOf('.'); i >= 0; i = s.indexOf('.', i + 1)) {
            if (i >= 3 && s.regionMatches(true, i - 3, "www", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Every EMAIL match has an "@" followed by a run of letters, digits, "." and "-" that holds a
     * "." (the one before the top-level domain).
     */
    static boolean mayHaveEmail(String s) {
        for (int at = s.indexOf('@'); at >= 0; at = s.indexOf('@', at + 1)) {
            for (int i = at + 1; i < s.length(); ) {
                int cp = s.codePointAt(i);
                if (cp == '.' && i > at + 1) {
                    return true;
                }
                if (!mayBeInDomain(cp)) {
                    break;
                }
                i += Character.charCount(cp);
            }
        }
        return false;
    }

    /** False only for characters outside {@code [\p{L}\p{N}.-]}: ASCII ones and white space; other characters may be in it. */
    private static boolean mayBeInDomain(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9' || cp == '.' || cp == '-';
        }
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp);
    }

    /**
     * Every PHONE match is a run of ASCII digits, "+", " " and "-" holding at least eight digits
     * ("0" and a digit, then three groups of two or more).
     */
    static boolean mayHavePhone(String s) {
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                if (++digits >= 8) {
                    return true;
                }
            } else if (c != '+' && c != ' ' && c != '-') {
                digits = 0;
            }
        }
        return false;
    }
}
