package org.npswatch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JdkTest {
    @Test
    void testsRunOnJdk25OrNewer() {
        assertTrue(Runtime.version().feature() >= 25, "tests run on " + Runtime.version());
    }
}
