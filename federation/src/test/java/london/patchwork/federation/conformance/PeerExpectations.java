package london.patchwork.federation.conformance;

import java.util.HashMap;
import java.util.Map;
import london.patchwork.federation.vocab.ApObject;

/** Document-specific checks for the shared peer fixtures, keyed by path under {@code peers/}. */
final class PeerExpectations {

    /** Checks one document's record. */
    @FunctionalInterface
    interface Expectation {
        void check(ApObject record, FieldChecks c);
    }

    private PeerExpectations() {
    }

    static Map<String, Expectation> all() {
        Map<String, Expectation> all = new HashMap<>();
        MicroblogExpectations.register(all);
        CommunityExpectations.register(all);
        EventExpectations.register(all);
        return all;
    }
}
