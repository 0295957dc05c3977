package org.npswatch.fetch;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;
import org.npswatch.config.FetchLimits;

/**
 * Read-only HTTP GET for one shop: politeness gate, retries on 429 and 5xx (honouring
 * Retry-After, else exponential back-off), timeouts, a body size cap and a content-type filter.
 * The client never follows redirects, retries on its own, decompresses or keeps cookies, so what
 * is archived is what the server sent.
 */
final class HttpFetcher implements Closeable {
    private static final String REQUEST_HEADERS = "npswatch.request-headers";

    private final CloseableHttpClient client;
    private final FetchLimits limits;
    private final PolitenessGate gate;
    private final StopSignal stop;

    HttpFetcher(String userAgent, FetchLimits limits, PolitenessGate gate, StopSignal stop) {
        this.limits = limits;
        this.gate = gate;
        this.stop = stop;
        ConnectionConfig connection = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(limits.connectTimeout()))
                .setSocketTimeout(Timeout.of(limits.readTimeout()))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connection)
                        .setMaxConnTotal(2)
                        .setMaxConnPerRoute(2)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(limits.readTimeout()))
                        .setRedirectsEnabled(false)
                        .build())
                .setUserAgent(userAgent)
                // A new connection per request: with a politeness delay of a second or more
                // keep-alive gains nothing, and a dropped (cancelled) connection is never reused.
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableContentCompression()
                .disableCookieManagement()
                .addRequestInterceptorLast((request, entity, context) -> context.setAttribute(
                        REQUEST_HEADERS, toHeaders(request.getHeaders())))
                .build();
    }

    /**
     * GETs {@code url}, retrying 429 and 5xx up to {@code limits.maxRetries()}.
     *
     * @param conditional extra request headers (If-None-Match, If-Modified-Since)
     * @param wantBody decides from the Content-Type whether the body is worth reading
     */
    FetchOutcome get(URI url, List<HttpHeader> conditional, Predicate<String> wantBody) {
        for (int attempt = 0; ; attempt++) {
            if (!gate.awaitTurn()) {
                return stopped(url);
            }
            FetchOutcome outcome;
            try {
                outcome = once(url, conditional, wantBody, attempt);
            } finally {
                gate.requestEnded();
            }
            if (!(outcome instanceof FetchOutcome.Response r) || !retryable(r.status())) {
                return outcome;
            }
            Optional<Duration> retryAfter = HttpHeader.first(r.headers(), "Retry-After")
                    .flatMap(v -> RetryAfter.parse(v, r.fetchedAt()));
            if (retryAfter.isPresent() && retryAfter.get().compareTo(limits.maxRetryAfter()) > 0) {
                return new FetchOutcome.Failure(url, r.status(), "Retry-After of %d s exceeds maxRetryAfter of %d s"
                        .formatted(retryAfter.get().toSeconds(), limits.maxRetryAfter().toSeconds()), true);
            }
            if (attempt >= limits.maxRetries()) {
                return new FetchOutcome.Failure(url, r.status(), "HTTP %d after %d retries".formatted(r.status(), attempt), false);
            }
            if (!stop.sleep(retryAfter.orElse(backoff(attempt)))) {
                return stopped(url);
            }
        }
    }

    private static boolean retryable(int status) {
        return status == 429 || status >= 500;
    }

    /** Exponential back-off from the politeness delay: d, 2d, 4d, ... capped at maxRetryAfter. */
    private Duration backoff(int attempt) {
        Duration base = gate.delay().isZero() ? Duration.ofMillis(100) : gate.delay();
        Duration wait = base.multipliedBy(1L << Math.min(attempt, 20));
        return wait.compareTo(limits.maxRetryAfter()) > 0 ? limits.maxRetryAfter() : wait;
    }

    private FetchOutcome once(URI url, List<HttpHeader> conditional, Predicate<String> wantBody, int attempt) {
        HttpGet get = new HttpGet(url);
        conditional.forEach(h -> get.addHeader(h.name(), h.value()));
        HttpClientContext context = HttpClientContext.create();
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(HttpHost.create(url), get, context);
            return interpret(url, get, context, response, wantBody, attempt);
        } catch (InterruptedIOException e) {
            return new FetchOutcome.Failure(url, -1, "timed out (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", false);
        } catch (IOException e) {
            return new FetchOutcome.Failure(url, -1, "connection failed: " + e, false);
        } finally {
            closeQuietly(response);
        }
    }

    private FetchOutcome interpret(URI url, HttpGet get, HttpClientContext context, ClassicHttpResponse response,
            Predicate<String> wantBody, int attempt) throws IOException {
        Instant at = Instant.now();
        List<HttpHeader> headers = toHeaders(response.getHeaders());
        @SuppressWarnings("unchecked")
        List<HttpHeader> sent = Optional.ofNullable((List<HttpHeader>) context.getAttribute(REQUEST_HEADERS))
                .orElse(List.of());
        int status = response.getCode();
        String reason = response.getReasonPhrase() == null ? "" : response.getReasonPhrase();
        HttpEntity entity = response.getEntity();
        String type = HttpHeader.first(headers, "Content-Type").orElse("");
        if (status != 200 || entity == null || !wantBody.test(type)) {
            // An unwanted body (an image, an error page, a retry answer) is not downloaded:
            // cancelling drops the connection; a plain close would read the body to its end.
            get.cancel();
            return new FetchOutcome.Response(url, at, sent, status, reason, headers, new byte[0], false, attempt);
        }
        long declared = entity.getContentLength();
        if (declared > limits.maxPageBytes()) {
            get.cancel();
            return tooLarge(url, status, declared);
        }
        byte[] body = entity.getContent().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxPageBytes() + 1));
        if (body.length > limits.maxPageBytes()) {
            get.cancel();
            return tooLarge(url, status, -1);
        }
        return new FetchOutcome.Response(url, at, sent, status, reason, headers, body, true, attempt);
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException e) {
            // Closing a cancelled exchange fails with "Socket closed"; the response is complete.
        }
    }

    private FetchOutcome tooLarge(URI url, int status, long declared) {
        String size = declared >= 0 ? "of " + declared + " bytes " : "";
        return new FetchOutcome.Failure(url, status,
                "response " + size + "exceeds maxPageBytes of " + limits.maxPageBytes(), false);
    }

    private static FetchOutcome.Stopped stopped(URI url) {
        return new FetchOutcome.Stopped(url);
    }

    private static List<HttpHeader> toHeaders(Header[] headers) {
        List<HttpHeader> list = new ArrayList<>(headers.length);
        for (Header h : headers) {
            list.add(new HttpHeader(h.getName(), h.getValue() == null ? "" : h.getValue()));
        }
        return List.copyOf(list);
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // Closing idle connections to a shop cannot lose data; nothing to do.
        }
    }
}
