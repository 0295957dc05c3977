package org.npswatch.detect;

import java.util.Optional;
import org.npswatch.model.Direction;

/**
 * A statistical test of whether a weekly count series moved in one week. Pure: it reads only
 * {@code counts[0..t]}.
 */
sealed interface VolumeMethod permits EarsMethod, NegativeBinomialMethod, CusumMethod {
    /**
     * Tests week {@code t} of the series for a move in {@code direction}; {@code prior} is the
     * dispersion expected of series of this kind in this market (methods that model the variance
     * themselves ignore it).
     */
    Optional<VolumeAlarm> test(long[] counts, int t, Direction direction, DispersionPrior prior);

    /** Short name for flags and reports, e.g. {@code negbin}. */
    String name();

    /** The method the configuration names. */
    static VolumeMethod from(DetectionConfig.Volume config) {
        return switch (config.method()) {
            case EARS_C1 -> new EarsMethod(EarsMethod.Variant.C1, config);
            case EARS_C2 -> new EarsMethod(EarsMethod.Variant.C2, config);
            case EARS_C3 -> new EarsMethod(EarsMethod.Variant.C3, config);
            case NEGATIVE_BINOMIAL -> new NegativeBinomialMethod(config);
            case CUSUM -> new CusumMethod(config);
        };
    }
}
