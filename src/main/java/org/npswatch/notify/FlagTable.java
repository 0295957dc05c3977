package org.npswatch.notify;

import java.util.ArrayList;
import java.util.List;
import org.npswatch.model.Direction;
import org.npswatch.model.Flag;
import org.npswatch.model.Series;

/**
 * The output of {@code npswatch flags}: an aligned table for people, or JSON Lines (one object per
 * flag, keys as in {@link FlagRenderer#json}) for scripts and evaluation. Control characters in
 * scraped names are replaced, so a name cannot move the cursor or recolour a terminal.
 */
public final class FlagTable {
    /** The {@code --format} choices. */
    public enum Format {
        TABLE,
        JSONL
    }

    private static final String[] HEADERS = {"ID", "TYPE", "SUBSTANCE", "WEEK", "DIR", "SERIES", "SEVERITY", "STATE"};
    private static final int MAX_SUBSTANCE = 32;

    private final FlagRenderer renderer = new FlagRenderer();

    /** The flags in the chosen format, each line ending in a newline. */
    public String render(List<Flag> flags, Format format) {
        return switch (format) {
            case TABLE -> table(flags);
            case JSONL -> jsonl(flags);
        };
    }

    /** One JSON object per line. */
    public String jsonl(List<Flag> flags) {
        StringBuilder out = new StringBuilder();
        flags.forEach(f -> out.append(renderer.jsonLine(f)).append('\n'));
        return out.toString();
    }

    /** An aligned text table with a header line; "no flags" when there are none. */
    public String table(List<Flag> flags) {
        if (flags.isEmpty()) {
            return "no flags\n";
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (Flag f : flags) {
            rows.add(new String[] {f.id(), f.type().name(), cell(f.subject()), f.week().toString(),
                f.direction().map(Direction::wireName).orElse("-"), f.series().map(Series::wireName).orElse("-"),
                f.severity().wireName(), f.state().wireName()});
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].codePointCount(0, row[i].length()));
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(row[i]);
                if (i < row.length - 1) {
                    line.append(" ".repeat(widths[i] - row[i].codePointCount(0, row[i].length()) + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String cell(String text) {
        String s = FlagRenderer.oneLine(text).strip();
        if (s.codePointCount(0, s.length()) <= MAX_SUBSTANCE) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX_SUBSTANCE - 1)) + "…";
    }
}
