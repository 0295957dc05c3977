package org.npswatch.config;

import java.nio.file.Path;
import org.npswatch.model.SourceId;
import org.npswatch.model.SourceKind;

/** One monitored source as configured in one file under {@code crawl-config/}. */
public sealed interface SourceConfig permits WebshopConfig, TelegramConfig {
    SourceId id();

    SourceKind kind();

    /** Quartz cron expression (seconds first), evaluated in {@link #TIME_ZONE}. */
    String schedule();

    /** The file this source was read from, for messages. */
    Path file();

    String TIME_ZONE = "Europe/Amsterdam";
}
