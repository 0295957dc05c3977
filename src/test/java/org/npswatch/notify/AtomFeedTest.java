package org.npswatch.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.npswatch.model.Flag;
import org.npswatch.model.FlagState;
import org.npswatch.store.SampleFlags;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class AtomFeedTest {
    private static final Instant SUNDAY = Instant.parse("2026-04-05T03:15:42.123Z");
    private static final Instant MONDAY = Instant.parse("2026-04-06T09:30:00Z");

    @TempDir
    Path data;

    @Test
    void writesAValidAtomFeedWithStableEntryIds() throws Exception {
        AtomFeed feed = new AtomFeed(data, FeedSettings.DEFAULTS);
        feed.publish("flags.atom", SampleFlags.week14(), SUNDAY);

        Document doc = parse(data.resolve("feed/flags.atom"));
        Element root = doc.getDocumentElement();
        assertEquals(AtomFeed.ATOM_NS, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        assertEquals("urn:npswatch:feed:flags.atom", child(root, "id"));
        assertEquals("npswatch early-warning flags", child(root, "title"));
        assertEquals("2026-04-05T03:15:42Z", child(root, "updated"));
        List<Element> entries = entries(doc);
        assertEquals(SampleFlags.week14().stream().map(f -> "urn:npswatch:flag:" + f.id()).toList(),
                entries.stream().map(e -> child(e, "id")).toList());
        Element volume = entries.get(2);
        assertEquals("VOLUME_CHANGE: 3-MMC (2026-W14)", child(volume, "title"));
        assertEquals("2026-04-05T03:15:42Z", child(volume, "published"));
        assertEquals("2026-04-05T03:15:42Z", child(volume, "updated"));
        assertEquals("VOLUME_CHANGE", ((Element) volume.getElementsByTagNameNS(AtomFeed.ATOM_NS, "category").item(0))
                .getAttribute("term"));
        assertEquals("3-MMC posts rose to 96 (expected 41.2, threshold 63.1)", child(volume, "summary"));
        assertTrue(child(volume, "content").contains("numbers: observed 96, expected 41.25, threshold 63.0871,"
                + " statistic 0.00001234 (method negbin)"));
    }

    @Test
    void escapesScrapedMarkupAndDropsCharactersXmlCannotHold() throws Exception {
        Flag hostile = SampleFlags.hostileName();
        Flag withControl = new Flag(hostile.id(), hostile.type(), hostile.subject() + "\u0007", hostile.source(),
                hostile.week(), hostile.severity(), hostile.direction(), hostile.series(), hostile.numbers(),
                hostile.evidence(), hostile.dedupKey(), hostile.state(), hostile.explanation());
        new AtomFeed(data, FeedSettings.DEFAULTS).publish("flags.atom", List.of(withControl), SUNDAY);

        Path file = data.resolve("feed/flags.atom");
        String xml = Files.readString(file);
        assertFalse(xml.contains("<script>"), xml);
        assertTrue(xml.contains("&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"Mandy\""), xml);
        Element entry = entries(parse(file)).getFirst();
        assertEquals("UNKNOWN_NAME: <script>alert('x')</script> & \"Mandy\" (2026-W14)", child(entry, "title"));
    }

    @Test
    void republishingAFlagRefreshesItsEntryAndKeepsTheNewestEntries() throws Exception {
        AtomFeed feed = new AtomFeed(data, new FeedSettings("EWS flags", 4));
        feed.publish("ews.atom", List.of(SampleFlags.newSubstance(), SampleFlags.unknownName()), SUNDAY);
        feed.publish("ews.atom", List.of(SampleFlags.volumeUp(), SampleFlags.priceDown(),
                SampleFlags.newSubstance().withState(FlagState.CONFIRMED)), MONDAY);

        Document doc = parse(data.resolve("feed/ews.atom"));
        List<Element> entries = entries(doc);
        assertEquals(List.of(SampleFlags.volumeUp().id(), SampleFlags.priceDown().id(), SampleFlags.newSubstance().id(),
                SampleFlags.unknownName().id()), entries.stream().map(e -> child(e, "id").substring(18)).toList());
        Element refreshed = entries.get(2);
        assertEquals("2026-04-05T03:15:42Z", child(refreshed, "published"));
        assertEquals("2026-04-06T09:30:00Z", child(refreshed, "updated"));
        assertTrue(child(refreshed, "content").contains("state: confirmed"));
        assertEquals("2026-04-05T03:15:42Z", child(entries.get(3), "updated"));
        assertEquals("EWS flags", child(doc.getDocumentElement(), "title"));

        feed.publish("ews.atom", List.of(SampleFlags.shopVanished()), MONDAY);
        assertEquals(4, entries(parse(data.resolve("feed/ews.atom"))).size());
        assertEquals(1, Files.readString(data.resolve("feed/ews.atom")).lines()
                .filter(l -> l.contains("<generator")).count());
    }

    @Test
    void refusesAFeedFileWithADoctype() throws IOException {
        Path file = data.resolve("feed/flags.atom");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">&x;</feed>");
        AtomFeed feed = new AtomFeed(data, FeedSettings.DEFAULTS);
        IOException e = assertThrows(IOException.class,
                () -> feed.publish("flags.atom", List.of(SampleFlags.newSubstance()), SUNDAY));
        assertTrue(e.getMessage().startsWith(file + " is not a readable Atom feed"), e.getMessage());
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static List<Element> entries(Document doc) {
        NodeList list = doc.getElementsByTagNameNS(AtomFeed.ATOM_NS, "entry");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static String child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS(AtomFeed.ATOM_NS, name);
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == parent) {
                return list.item(i).getTextContent();
            }
        }
        throw new AssertionError("no " + name + " under " + parent.getLocalName());
    }
}
