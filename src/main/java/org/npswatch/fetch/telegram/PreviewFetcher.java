package org.npswatch.fetch.telegram;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.npswatch.config.FetchLimits;
import org.npswatch.config.TelegramConfig;
import org.npswatch.model.Post;

/**
 * Reads the new messages of a public channel from its web preview ({@code PREVIEW_BASE/s/NAME}),
 * without an account: pages backwards with {@code ?before=ID} from the newest message until it
 * reaches the newest message of the previous run, the start of the channel or
 * {@code maxMessagesPerRun}, waiting {@code politenessDelay} between requests.
 *
 * <p>The last seen id is remembered only after the sink has accepted the posts, so a crash in
 * between reads the same messages again (at least once) instead of losing them.
 */
public final class PreviewFetcher {
    private static final Pattern PUBLIC_USERNAME = Pattern.compile("[A-Za-z0-9_]{3,64}");

    private final PreviewParser parser;
    private final LastSeenStore lastSeen;
    private final Pseudonymiser pseudonymiser;
    private final PreviewHttp http;

    /** A fetcher that really waits. */
    public PreviewFetcher(PreviewParser parser, LastSeenStore lastSeen, FetchLimits limits, Pseudonymiser pseudonymiser) {
        this(parser, lastSeen, limits, pseudonymiser, Sleeper.SYSTEM);
    }

    /** A fetcher whose waits (politeness, Retry-After, back-off) go through {@code sleeper}. */
    public PreviewFetcher(
            PreviewParser parser, LastSeenStore lastSeen, FetchLimits limits, Pseudonymiser pseudonymiser, Sleeper sleeper) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.lastSeen = Objects.requireNonNull(lastSeen, "lastSeen");
        this.pseudonymiser = Objects.requireNonNull(pseudonymiser, "pseudonymiser");
        this.http = new PreviewHttp(limits, sleeper);
    }

    /** Reads the new posts, remembers the newest id and returns the posts, oldest first. */
    public List<Post> fetchNew(TelegramConfig config) {
        List<Post> out = new ArrayList<>();
        read(config, out::addAll);
        return out;
    }

    /**
     * Reads the new posts of one channel and hands them, oldest first, to {@code sink} in one call;
     * when the sink returns normally the newest id is remembered for the next run.
     *
     * @throws TelegramSourceException when the channel is not public, a page is not understood or
     *     the server keeps failing; nothing is remembered then
     */
    public PreviewRun read(TelegramConfig config, Consumer<List<Post>> sink) {
        String channel = config.username();
        if (!PUBLIC_USERNAME.matcher(channel).matches()) {
            throw new TelegramSourceException(channel, Optional.empty(),
                    "'" + channel + "' in " + config.file() + " is not a public Telegram username");
        }
        if (config.maxMessagesPerRun() < 1) {
            throw new IllegalArgumentException("maxMessagesPerRun must be positive in " + config.file());
        }
        OptionalLong seen = lastSeen.lastSeen(config.id());
        Paging paging = page(config, seen);
        Mapped mapped = toPosts(config, paging.messages().values());
        sink.accept(mapped.posts());
        OptionalLong newest = paging.messages().isEmpty()
                ? OptionalLong.empty() : OptionalLong.of(paging.messages().lastKey());
        if (newest.isPresent() && (seen.isEmpty() || newest.getAsLong() > seen.getAsLong())) {
            lastSeen.remember(config.id(), newest.getAsLong());
        }
        return new PreviewRun(config.id(), paging.pages(), mapped.posts().size(), mapped.service(),
                mapped.undated(), paging.reachedLastSeen(), paging.stoppedAtLimit(), newest);
    }

    private record Paging(NavigableMap<Long, PreviewMessage> messages, int pages, boolean reachedLastSeen,
            boolean stoppedAtLimit) {}

    private Paging page(TelegramConfig config, OptionalLong seen) {
        NavigableMap<Long, PreviewMessage> collected = new TreeMap<>();
        OptionalLong before = OptionalLong.empty();
        int pages = 0;
        while (true) {
            URI url = pageUrl(config, before);
            if (pages > 0) {
                http.pause(config.politenessDelay(), config.username(), url);
            }
            PreviewPage page = fetchPage(config, url);
            pages++;
            boolean reached = false;
            for (PreviewMessage m : page.messages()) {
                if (seen.isPresent() && m.id() <= seen.getAsLong()) {
                    reached = true;
                } else {
                    collected.putIfAbsent(m.id(), m);
                }
            }
            if (collected.size() >= config.maxMessagesPerRun()) {
                while (collected.size() > config.maxMessagesPerRun()) {
                    collected.pollFirstEntry();
                }
                return new Paging(collected, pages, reached, true);
            }
            OptionalLong oldest = page.oldestId();
            boolean noProgress = oldest.isEmpty()
                    || (before.isPresent() && oldest.getAsLong() >= before.getAsLong());
            if (reached || noProgress || oldest.getAsLong() <= 1) {
                return new Paging(collected, pages, reached, false);
            }
            before = oldest;
        }
    }

    private PreviewPage fetchPage(TelegramConfig config, URI url) {
        PreviewHttp.Response response = http.get(url, config.userAgent(), config.username());
        PreviewPage page = parser.parse(response.body(), response.url());
        return switch (page.kind()) {
            case NORMAL -> page;
            case NOT_A_PUBLIC_CHANNEL -> throw new TelegramSourceException(config.username(), Optional.of(url),
                    "Telegram preview of '" + config.username() + "' at " + url + " answered with a join page"
                            + (response.url().equals(url) ? "" : " (" + response.url() + ")")
                            + ": not a public channel (private, a group, a user or no such name)");
            case UNRECOGNISED -> throw new TelegramSourceException(config.username(), Optional.of(url),
                    "Telegram preview of '" + config.username() + "' at " + url
                            + " is not a channel page this reader understands (changed markup or an error page)");
        };
    }

    static URI pageUrl(TelegramConfig config, OptionalLong before) {
        String base = config.previewBase().toString().replaceAll("/+$", "");
        String query = before.isPresent() ? "?before=" + before.getAsLong() : "";
        return URI.create(base + "/s/" + config.username() + query);
    }

    private record Mapped(List<Post> posts, int service, int undated) {}

    private Mapped toPosts(TelegramConfig config, Iterable<PreviewMessage> messages) {
        List<Post> posts = new ArrayList<>();
        int service = 0;
        int undated = 0;
        for (PreviewMessage m : messages) {
            if (m.service()) {
                service++;
            } else if (m.postedAt().isEmpty()) {
                undated++;
            } else {
                posts.add(new Post(config.id(), Long.toString(m.id()), m.postedAt().orElseThrow(), m.text(),
                        m.authorSignature().map(s -> pseudonymiser.pseudonym(Identities.signature(s))),
                        m.forwardedFrom().map(this::forwardOrigin), Optional.empty(), m.views()));
            }
        }
        return new Mapped(List.copyOf(posts), service, undated);
    }

    private String forwardOrigin(PreviewMessage.ForwardOrigin origin) {
        return origin.publicUsername()
                .map(Identities::publicChat)
                .orElseGet(() -> pseudonymiser.pseudonym(Identities.displayName(origin.name())));
    }
}
