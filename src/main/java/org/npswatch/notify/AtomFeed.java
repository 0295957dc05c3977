package org.npswatch.notify;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.npswatch.model.Flag;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Keeps Atom 1.0 feeds of recent flags under {@code dataDir/feed/} (by default {@code flags.atom}).
 * Each flag is one entry with the stable id {@code urn:npswatch:flag:<flag id>}; publishing a flag
 * already in the feed replaces its entry and moves its {@code updated} time. The newest
 * {@link FeedSettings#maxEntries()} entries are kept. The file is rewritten through a temporary
 * file and an atomic move, so readers never see half a feed. Text goes through the DOM, which
 * escapes it.
 */
public final class AtomFeed implements Notifier {
    public static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    public static final String DEFAULT_FILE = "flags.atom";

    private final Path feedDir;
    private final FeedSettings settings;
    private final FlagRenderer renderer = new FlagRenderer();

    public AtomFeed(Path dataDir, FeedSettings settings) {
        this.feedDir = dataDir.resolve("feed");
        this.settings = settings;
    }

    /** The path of a feed file. */
    public Path file(String name) {
        return feedDir.resolve(name);
    }

    @Override
    public DeliveryOutcome deliver(Batch batch) {
        try {
            publish(batch.recipient().address(), batch.flags(), batch.at());
            return new DeliveryOutcome.Delivered("written to " + file(batch.recipient().address()));
        } catch (IOException e) {
            return new DeliveryOutcome.Failed("cannot write feed " + file(batch.recipient().address()) + ": " + e, true);
        }
    }

    /** Adds (or refreshes) the flags' entries in the feed file {@code name}, newest first. */
    public synchronized void publish(String name, List<Flag> flags, Instant at) throws IOException {
        Path file = file(name);
        Instant updated = at.truncatedTo(ChronoUnit.SECONDS);
        Document doc = Files.exists(file) ? parse(file) : newFeed(name);
        Element feed = doc.getDocumentElement();
        setChild(doc, feed, "updated", updated.toString());
        setChild(doc, feed, "title", settings.title());
        List<Element> fresh = new ArrayList<>();
        for (Flag f : flags) {
            String id = "urn:npswatch:flag:" + f.id();
            Optional<Element> old = entries(feed).stream().filter(e -> id.equals(childText(e, "id"))).findFirst();
            String published = old.map(e -> childText(e, "published")).orElse(updated.toString());
            old.ifPresent(feed::removeChild);
            fresh.add(entry(doc, f, id, published, updated.toString()));
        }
        Node anchor = firstEntry(feed).orElse(null);
        fresh.forEach(e -> feed.insertBefore(e, anchor));
        List<Element> all = entries(feed);
        for (int i = settings.maxEntries(); i < all.size(); i++) {
            feed.removeChild(all.get(i));
        }
        write(doc, file);
    }

    private Element entry(Document doc, Flag f, String id, String published, String updated) {
        Element entry = doc.createElementNS(ATOM_NS, "entry");
        append(doc, entry, "id", id);
        append(doc, entry, "title", renderer.atomTitle(f)).setAttribute("type", "text");
        append(doc, entry, "published", published);
        append(doc, entry, "updated", updated);
        Element category = doc.createElementNS(ATOM_NS, "category");
        category.setAttribute("term", f.type().name());
        category.setAttribute("scheme", "urn:npswatch:flag-type");
        entry.appendChild(category);
        append(doc, entry, "summary", FlagRenderer.xmlSafe(f.explanation())).setAttribute("type", "text");
        append(doc, entry, "content", renderer.atomContent(f)).setAttribute("type", "text");
        return entry;
    }

    private Document newFeed(String name) {
        Document doc = builder().newDocument();
        Element feed = doc.createElementNS(ATOM_NS, "feed");
        doc.appendChild(feed);
        append(doc, feed, "id", "urn:npswatch:feed:" + name);
        append(doc, feed, "title", settings.title());
        append(doc, feed, "updated", "");
        Element author = doc.createElementNS(ATOM_NS, "author");
        append(doc, author, "name", "npswatch");
        feed.appendChild(author);
        append(doc, feed, "generator", "npswatch");
        return doc;
    }

    private static Element append(Document doc, Element parent, String name, String text) {
        Element e = doc.createElementNS(ATOM_NS, name);
        e.setTextContent(text);
        parent.appendChild(e);
        return e;
    }

    private static void setChild(Document doc, Element parent, String name, String text) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                e.setTextContent(text);
                return;
            }
        }
        append(doc, parent, name, text);
    }

    private static List<Element> entries(Element feed) {
        List<Element> out = new ArrayList<>();
        for (Node n = feed.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "entry".equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static Optional<Node> firstEntry(Element feed) {
        return entries(feed).stream().<Node>map(e -> e).findFirst();
    }

    private static String childText(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e.getTextContent();
            }
        }
        return "";
    }

    private static Document parse(Path file) throws IOException {
        try {
            return builder().parse(file.toFile());
        } catch (SAXException e) {
            throw new IOException(file + " is not a readable Atom feed (" + e.getMessage() + "); move it away to start"
                    + " a new one", e);
        }
    }

    /** A namespace-aware parser that refuses DTDs, so a tampered feed file cannot pull in entities. */
    static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setExpandEntityReferences(false);
            DocumentBuilder builder = f.newDocumentBuilder();
            // The default handler prints to stderr; the exception already says what is wrong.
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void error(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser supports these features", e);
        }
    }

    private static void write(Document doc, Path file) throws IOException {
        stripWhitespace(doc.getDocumentElement());
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(ch)) {
            Transformer t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.INDENT, "yes");
            t.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
            t.transform(new DOMSource(doc), new StreamResult(out));
            out.flush();
            ch.force(true);
        } catch (TransformerException e) {
            throw new IOException("cannot serialise feed " + file + ": " + e.getMessage(), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Drops indentation read back from the file, so re-indenting does not pile up blank lines. */
    private static void stripWhitespace(Node node) {
        Node child = node.getFirstChild();
        while (child != null) {
            Node next = child.getNextSibling();
            if (child.getNodeType() == Node.TEXT_NODE && child.getTextContent().isBlank()
                    && node.getChildNodes().getLength() > 1) {
                node.removeChild(child);
            } else if (child.getNodeType() == Node.ELEMENT_NODE) {
                stripWhitespace(child);
            }
            child = next;
        }
    }
}
