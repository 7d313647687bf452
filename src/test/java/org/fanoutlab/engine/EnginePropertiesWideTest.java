package org.fanoutlab.engine;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tag;

/**
 * The engine properties on fresh random cases, many more of them: not part of CI (tagged {@code wide}), run with
 * {@code mvn -B test -Pproperties-wide}. A failure prints the seed to pin in {@link EnginePropertiesTest}.
 */
@Tag("wide")
class EnginePropertiesWideTest extends EnginePropertiesTest {
    private static final int TRIES = 1_000;

    @Override
    @Property(tries = TRIES)
    void everyPostedPairIsEitherDeliveredOrUndelivered(@ForAll("scenarios") Scenario s) {
        super.everyPostedPairIsEitherDeliveredOrUndelivered(s);
    }

    @Override
    @Property(tries = TRIES)
    void hybridBelowEveryProducersAudienceIsPush(@ForAll("scenarios") Scenario s) {
        super.hybridBelowEveryProducersAudienceIsPush(s);
    }

    @Override
    @Property(tries = TRIES)
    void hybridWithThresholdOneIsPull(@ForAll("scenarios") Scenario s) {
        super.hybridWithThresholdOneIsPull(s);
    }

    @Override
    @Property(tries = TRIES)
    void aFasterFanoutNeverRaisesAnyLatency(@ForAll("scenarios") Scenario s) {
        super.aFasterFanoutNeverRaisesAnyLatency(s);
    }

    @Override
    @Property(tries = TRIES)
    void pullNeverWaitsAWholeIntervalAndDeliversEveryPostMadeAnIntervalBeforeTheEnd(@ForAll("seeds") long seed,
            @ForAll("intervals") double interval) {
        super.pullNeverWaitsAWholeIntervalAndDeliversEveryPostMadeAnIntervalBeforeTheEnd(seed, interval);
    }

    @Override
    @Property(tries = TRIES)
    void stepSizesDoNotChangeAnyFigure(@ForAll("scenarios") Scenario s, @ForAll("steps") List<Double> steps) {
        super.stepSizesDoNotChangeAnyFigure(s, steps);
    }

    @Override
    @Property(tries = TRIES)
    void eachPullCheckBringsExactlyTheFolloweesPostsSinceThePreviousCheck(@ForAll("scenarios") Scenario drawn) {
        super.eachPullCheckBringsExactlyTheFolloweesPostsSinceThePreviousCheck(drawn);
    }

    @Override
    @Property(tries = TRIES)
    void aBruteForceReplayOfTheEventsAgreesOnEveryCount(@ForAll("scenarios") Scenario drawn) {
        super.aBruteForceReplayOfTheEventsAgreesOnEveryCount(drawn);
    }
}
