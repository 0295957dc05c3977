package org.npswatch.fetch.telegram.tdlib;

import java.nio.file.Path;

/** libtdjson could not be found or loaded; the message names the path tried and how to install it. */
public final class TdlibUnavailableException extends TdlibException {
    private static final long serialVersionUID = 1L;

    /** The script that installs libtdjson into the default cache folder. */
    public static final String INSTALL_HINT =
            "run scripts/install-tdlib.sh (it prints the library path), or point the system property "
                    + TdlibLocator.PATH_PROPERTY + " or the environment variable " + TdlibLocator.PATH_ENV
                    + " at a libtdjson built from TDLib 1.8.x";

    private final transient Path triedPath;

    public TdlibUnavailableException(Path triedPath, String reason, Throwable cause) {
        super("TDLib is not available at " + triedPath + " (" + reason + "): " + INSTALL_HINT, cause);
        this.triedPath = triedPath;
    }

    /** The library path that was tried. */
    public Path triedPath() {
        return triedPath;
    }
}
