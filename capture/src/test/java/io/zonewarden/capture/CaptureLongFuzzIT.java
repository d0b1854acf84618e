package io.zonewarden.capture;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The same fuzz target as {@link CaptureFuzzTest} with an hour's budget, on demand only, in the module's fuzz
 * execution (which sets {@code JAZZER_FUZZ=1}): {@code mvn -pl capture test-compile surefire:test@fuzz
 * -Dtest=CaptureLongFuzzIT}. No build runs it by itself.
 */
class CaptureLongFuzzIT {
    @FuzzTest(maxDuration = "1h")
    void givenArbitraryBytesForAnHour_whenReadDecodedAndDissected_thenNothingThrows(byte[] input) throws Exception {
        CaptureFuzzTest.fuzzOne(input);
    }
}
