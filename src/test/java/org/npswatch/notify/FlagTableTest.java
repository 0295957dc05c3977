package org.npswatch.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagState;
import org.npswatch.store.SampleFlags;

class FlagTableTest {
    private final FlagTable table = new FlagTable();

    @Test
    void printsAnAlignedTable() {
        List<Flag> flags = List.of(SampleFlags.volumeUp(), SampleFlags.priceDown().withState(FlagState.DISMISSED),
                SampleFlags.hostileName());
        String id1 = flags.get(0).id();
        String id2 = flags.get(1).id();
        String id3 = flags.get(2).id();
        assertEquals("""
                ID                 TYPE           SUBSTANCE                         WEEK      DIR   SERIES                 SEVERITY  STATE
                %s  VOLUME_CHANGE  3-MMC                             2026-W14  up    posts                  high      open
                %s  PRICE_CHANGE   cocaine                           2026-W14  down  median_price_per_gram  medium    dismissed
                %s  UNKNOWN_NAME   <script>alert('x')</script> & \"…  2026-W14  -     -                      low       open
                """.formatted(id1, id2, id3), table.render(flags, FlagTable.Format.TABLE));
    }

    @Test
    void replacesTerminalControlCharactersInNames() {
        Flag f = SampleFlags.unknownName();
        Flag ansi = new Flag(f.id(), f.type(), "\u001b[31mred\u001b[0m", f.source(), f.week(), f.severity(),
                f.direction(), f.series(), f.numbers(), f.evidence(), f.dedupKey(), f.state(), f.explanation());
        String out = table.table(List.of(ansi));
        assertEquals(-1, out.indexOf('\u001b'));
        assertEquals(f.id() + "  UNKNOWN_NAME  [31mred [0m  2026-W14  -    -       medium    open",
                out.lines().toList().get(1));
    }

    @Test
    void printsOneJsonObjectPerLineWithTheIssueKeys() throws Exception {
        String jsonl = table.render(SampleFlags.week14(), FlagTable.Format.JSONL);
        List<String> lines = jsonl.lines().toList();
        assertEquals(5, lines.size());
        assertEquals('\n', jsonl.charAt(jsonl.length() - 1));
        JsonNode price = new ObjectMapper().readTree(lines.get(3));
        assertEquals(SampleFlags.priceDown().id(), price.get("id").asText());
        assertEquals("PRICE_CHANGE", price.get("type").asText());
        assertEquals("cocaine", price.get("substance").asText());
        assertEquals("2026-W14", price.get("week").asText());
        assertEquals("down", price.get("direction").asText());
        assertEquals("median_price_per_gram", price.get("series").asText());
        assertEquals("open", price.get("state").asText());
        JsonNode shop = new ObjectMapper().readTree(lines.get(4));
        assertEquals("AVAILABILITY", shop.get("type").asText());
        assertEquals("down", shop.get("direction").asText());
        assertEquals("chemshop-nl", shop.get("source").asText());
        assertEquals(true, shop.get("series").isNull());
    }

    @Test
    void saysSoWhenThereAreNoFlags() {
        assertEquals("no flags\n", table.table(List.of()));
        assertEquals("", table.jsonl(List.of()));
    }
}
