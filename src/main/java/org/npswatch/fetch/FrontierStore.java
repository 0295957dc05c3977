package org.npswatch.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The folder of a shop's crawler4j HSQLDB frontier. It exists only while a crawl is unfinished:
 * a crawl that stops early leaves it for the next crawl to resume; a crawl that ends deletes it,
 * so the next one starts again from the seeds.
 */
final class FrontierStore {
    private final Path folder;
    private final URI source;

    FrontierStore(Path folder, URI source) {
        this.folder = folder;
        this.source = source;
    }

    Path folder() {
        return folder;
    }

    private String jdbcUrl() {
        // The URL crawler4j's HSQLDBFrontierConfiguration builds for resumable crawls.
        return "jdbc:hsqldb:file:" + folder + "/frontier;sql.syntax_pgs=true";
    }

    /** True when an earlier crawl left unfinished work here. */
    boolean hasUnfinishedCrawl() {
        return Files.exists(folder.resolve("frontier.script")) || Files.exists(folder.resolve("frontier.properties"));
    }

    /**
     * Puts URLs an earlier crawl had taken but not finished (it was stopped or killed) back in
     * the queue; crawler4j itself would never fetch them again.
     */
    void requeueUnfinished() {
        execute("UPDATE weburl SET status = 'SCHEDULED' WHERE status = 'IN_PROCESS'", true);
    }

    /** Closes the database cleanly (checkpoint, lock released); it stays on disk. */
    void shutdown() {
        if (hasUnfinishedCrawl()) {
            execute("SHUTDOWN", false);
        }
    }

    /** Shuts the database down and deletes the folder. */
    void delete() {
        shutdown();
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new FetchException(source, -1, "cannot delete finished crawl frontier " + folder, e);
        }
    }

    private void execute(String sql, boolean tableMayBeMissing) {
        try (Connection c = DriverManager.getConnection(jdbcUrl(), "sa", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            if (!tableMayBeMissing) {
                throw new FetchException(source, -1, "frontier database " + folder + ": " + sql + " failed", e);
            }
        }
    }
}
