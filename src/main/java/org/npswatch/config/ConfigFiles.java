package org.npswatch.config;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a configuration file's text, with the same {@link ConfigException}s for every kind of file. */
public final class ConfigFiles {
    private ConfigFiles() {}

    /**
     * The UTF-8 text of {@code file}; a folder, a missing file, text that is not UTF-8 or a read
     * error is a {@link ConfigException} at line 0 naming the file.
     *
     * @param kind what the file is, for messages: "source file", "scenario file"
     */
    public static String readText(Path file, String kind) {
        if (Files.isDirectory(file)) {
            throw new ConfigException(file, 0, "", "is a folder, not a " + kind);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new ConfigException(file, 0, "", "not UTF-8 text (a " + kind + " is YAML text)");
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, 0, "", "no such file");
        } catch (IOException e) {
            throw new ConfigException(file, 0, "", "cannot read: " + e.getMessage());
        }
    }
}
