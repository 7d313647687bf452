package org.fanoutlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RoomTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory N = JsonNodeFactory.instance;

    private final TestClock clock = new TestClock();
    private final Room room = new Room(ClassQuizzes.catalog(), RoomSettings.withMax(3), clock, new Random(7));

    @Test
    void eachParticipantJoinsWithTheCodeAndGetsATokenOfItsOwn() {
        Participant a = room.join(room.code().value(), "Ann");
        Participant b = room.join(room.code().spaced(), null);

        assertThat(a.token()).isNotEqualTo(b.token()).isNotEqualTo(room.hostToken());
        assertThat(a.number()).isEqualTo(1);
        assertThat(b.name()).isNull();
        assertThat(room.participant(a.token())).contains(a);
        assertThat(room.participant("nope")).isEmpty();
        assertThat(room.isHost(a.token())).isFalse();
        assertThat(room.isHost(room.hostToken())).isTrue();
    }

    @Test
    void aWrongCodeIsRefusedAndNobodyJoins() {
        String wrong = room.code().value().equals("000000") ? "000001" : "000000";
        assertThatThrownBy(() -> room.join(wrong, "Eve")).isInstanceOf(RoomRefusal.class)
                .extracting(e -> ((RoomRefusal) e).reason()).isEqualTo(RoomRefusal.Reason.WRONG_CODE);
        assertThat(room.snapshot().joined()).isZero();
    }

    @Test
    void aFullRoomRefusesTheNextJoin() {
        for (int i = 0; i < 3; i++) {
            room.join(room.code().value(), "p" + i);
        }
        assertThatThrownBy(() -> room.join(room.code().value(), "late")).isInstanceOf(RoomRefusal.class)
                .hasMessageContaining("full").extracting(e -> ((RoomRefusal) e).reason())
                .isEqualTo(RoomRefusal.Reason.FULL);
        assertThat(room.snapshot().joined()).isEqualTo(3);
    }

    @Test
    void onlyQuizzesOfTheCatalogCanBeAsked() {
        assertThatThrownBy(() -> room.ask("not-a-quiz")).isInstanceOf(RoomRefusal.class)
                .extracting(e -> ((RoomRefusal) e).reason()).isEqualTo(RoomRefusal.Reason.UNKNOWN_QUIZ);
        assertThat(room.ask("q-single")).isEqualTo(1);
        assertThat(room.ask("q-tf")).isEqualTo(2);
    }

    @Test
    void anAnswerCountsOnceAndMayChangeUntilTheReveal() {
        Participant a = room.join(room.code().value(), "Ann");
        room.ask("q-single");
        room.answer(a, "q-single", N.numberNode(0));
        room.answer(a, "q-single", N.numberNode(1));

        RoundResult r = room.snapshot().current();
        assertThat(r.tally().answered()).isEqualTo(1);
        assertThat(r.tally().counts()).containsExactly(Map.entry("0", 0), Map.entry("1", 1), Map.entry("2", 0));
        assertThat(r.tally().correct()).isNull();

        room.reveal(1, null);
        assertThatThrownBy(() -> room.answer(a, "q-single", N.numberNode(0))).isInstanceOf(RoomRefusal.class)
                .hasMessageContaining("revealed");
        assertThat(room.snapshot().current().tally().correct()).isEqualTo(1);
    }

    @Test
    void answersToAnythingButTheCurrentQuestionAreConflicts() {
        Participant a = room.join(room.code().value(), null);
        assertThatThrownBy(() -> room.answer(a, "q-single", N.numberNode(0)))
                .hasMessageContaining("no question");
        room.ask("q-single");
        assertThatThrownBy(() -> room.answer(a, "q-tf", N.booleanNode(true)))
                .isInstanceOf(RoomRefusal.class).hasMessageContaining("not the current question")
                .extracting(e -> ((RoomRefusal) e).reason()).isEqualTo(RoomRefusal.Reason.CONFLICT);
    }

    @Test
    void anAnswerOfTheWrongKindIsABadRequestNamingWhatFits() {
        Participant a = room.join(room.code().value(), null);
        room.ask("q-single");
        assertThatThrownBy(() -> room.answer(a, "q-single", N.numberNode(3)))
                .hasMessageContaining("one option index from 0 to 2")
                .extracting(e -> ((RoomRefusal) e).reason()).isEqualTo(RoomRefusal.Reason.BAD_REQUEST);
        assertThatThrownBy(() -> room.answer(a, "q-single", N.textNode("1"))).isInstanceOf(RoomRefusal.class);
        assertThat(room.snapshot().current().tally().answered()).isZero();
    }

    @Test
    void theRevealGradesEveryAnswerWithTheCoursesGrader() {
        Participant right = room.join(room.code().value(), null);
        Participant partly = room.join(room.code().value(), null);
        Participant none = room.join(room.code().value(), null);
        room.ask("q-multiple");
        room.answer(right, "q-multiple", N.arrayNode().add(1).add(0));
        room.answer(partly, "q-multiple", N.arrayNode().add(0));
        room.reveal(1, null);

        RoundResult r = room.snapshot().current();
        assertThat(r.tally().counts()).containsExactly(Map.entry("0", 2), Map.entry("1", 1), Map.entry("2", 0));
        assertThat(r.tally().correct()).isEqualTo(1);
        assertThat(r.answers()).extracting(ParticipantAnswer::correct).containsExactly(true, false);

        JsonNode mine = revealAs(right);
        assertThat(mine.get("answer")).isEqualTo(N.arrayNode().add(0).add(1));
        assertThat(mine.get("you").get("correct").booleanValue()).isTrue();
        assertThat(mine.get("you").get("answer")).isEqualTo(N.arrayNode().add(0).add(1));
        JsonNode theirs = revealAs(partly);
        assertThat(theirs.get("you").get("correct").booleanValue()).isFalse();
        assertThat(theirs.get("you").get("feedback").textValue()).contains("FEEDBACK-MULTI-0").contains("Pull checks");
        assertThat(revealAs(none).get("you").isNull()).isTrue();
        assertThat(mine.get("explain").textValue()).isEqualTo("EXPLAIN-MULTI");
    }

    @Test
    void numericGuessesMakeADotPlotAndAreMarkedAgainstTheAnswerWithinTolerance() {
        List<Participant> ps = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ps.add(room.join(room.code().value(), null));
        }
        room.ask("q-numeric");
        room.answer(ps.get(0), "q-numeric", N.numberNode(2500));
        room.answer(ps.get(1), "q-numeric", N.numberNode(1995.5));
        room.answer(ps.get(2), "q-numeric", N.numberNode(2500));
        room.reveal(1, 99.0);

        RoundResult r = room.snapshot().current();
        assertThat(r.tally().values()).containsExactly(1995.5, 2500.0, 2500.0);
        assertThat(r.tally().counts()).containsExactly(Map.entry("1995.5", 1), Map.entry("2500", 2));
        assertThat(r.figure()).as("numeric: the quiz's answer, whatever figure is passed").isEqualTo(2000.0);
        assertThat(r.tally().correct()).isEqualTo(1);
    }

    @Test
    void predictGuessesAreMarkedAgainstTheEnginesFigureOrNotAtAllWithoutIt() {
        Participant a = room.join(room.code().value(), null);
        Participant b = room.join(room.code().value(), null);
        room.ask("q-predict");
        room.answer(a, "q-predict", N.numberNode(105));
        room.answer(b, "q-predict", N.numberNode(120));
        room.reveal(1, 100.0);
        assertThat(room.snapshot().current().tally().correct()).as("10 % of 100 either side").isEqualTo(1);
        assertThat(revealAs(a).get("answer").asDouble()).isEqualTo(100.0);

        room.ask("q-predict");
        room.answer(a, "q-predict", N.numberNode(105));
        room.reveal(2, null);
        RoundResult r = room.snapshot().current();
        assertThat(r.tally().correct()).isNull();
        assertThat(r.answers().get(0).correct()).isNull();
        JsonNode reveal = revealAs(a);
        assertThat(reveal.get("answer").isNull()).isTrue();
        assertThat(reveal.get("note").textValue()).contains("could not be computed");
        assertThat(reveal.get("you").get("correct").isNull()).isTrue();
    }

    @Test
    void classifyCountsEachItemsBucketAndTheRevealMarksEveryItem() {
        Participant right = room.join(room.code().value(), null);
        Participant oneWrong = room.join(room.code().value(), null);
        room.ask("q-classify");
        room.answer(right, "q-classify", N.arrayNode().add(0).add(1).add(0));
        room.answer(oneWrong, "q-classify", N.arrayNode().add(0).add(1).add(1));

        RoundResult before = room.snapshot().current();
        assertThat(before.tally().counts()).containsExactly(Map.entry("0:0", 2), Map.entry("0:1", 0),
                Map.entry("1:0", 0), Map.entry("1:1", 2), Map.entry("2:0", 1), Map.entry("2:1", 1));
        assertThat(before.tally().correct()).isNull();
        room.reveal(1, null);
        assertThat(room.snapshot().current().tally().correct()).isEqualTo(1);

        JsonNode reveal = revealAs(oneWrong);
        assertThat(reveal.get("answer")).isEqualTo(N.arrayNode().add(0).add(1).add(0));
        assertThat(reveal.get("items").get(2).get("bucket").intValue()).isZero();
        assertThat(reveal.get("items").get(2).get("feedback").textValue()).isEqualTo("FEEDBACK-CLASSIFY-2");
        JsonNode items = reveal.get("you").get("items");
        assertThat(items).hasSize(3);
        assertThat(items.get(0).get("correct").booleanValue()).isTrue();
        assertThat(items.get(2).get("correct").booleanValue()).isFalse();
        assertThat(items.get(2).get("feedback").textValue()).contains("belongs in Push, not Pull")
                .contains("FEEDBACK-CLASSIFY-2");
        assertThat(reveal.get("you").get("feedback").textValue()).isEqualTo("2 of 3 items are in the right bucket.");
    }

    @Test
    void orderVerdictsComeInTheOrderTheQuestionListedTheSteps() {
        Participant p = room.join(room.code().value(), null);
        room.ask("q-order");
        List<Integer> shown = AnswerFormat.shownOrder(ClassQuizzes.ORDER);
        JsonNode question = JSON.valueToTree(List.of(0, 1, 2));
        room.answer(p, "q-order", question); // the list as shown: no step in its place
        RoundResult r = room.snapshot().current();
        for (int k = 0; k < 3; k++) {
            assertThat(r.tally().counts()).as("written step " + shown.get(k) + " placed " + k)
                    .containsEntry(shown.get(k) + ":" + k, 1);
        }
        room.reveal(1, null);
        assertThat(room.snapshot().current().tally().correct()).isZero();

        JsonNode reveal = revealAs(p);
        assertThat(reveal.get("you").get("answer")).isEqualTo(question);
        for (int k = 0; k < 3; k++) {
            JsonNode step = reveal.get("steps").get(k);
            assertThat(step.get("position").intValue()).isEqualTo(shown.get(k));
            assertThat(step.get("feedback").textValue()).isEqualTo("FEEDBACK-ORDER-" + shown.get(k));
            JsonNode mine = reveal.get("you").get("items").get(k);
            assertThat(mine.get("correct").booleanValue()).isFalse();
            assertThat(mine.get("feedback").textValue()).contains("FEEDBACK-ORDER-" + shown.get(k))
                    .contains("belongs at position " + (shown.get(k) + 1) + ", not " + (k + 1));
        }
    }

    @Test
    void aRevealMeantForAnEarlierRoundIsRefused() {
        room.ask("q-single");
        room.ask("q-tf");
        assertThatThrownBy(() -> room.reveal(1, null)).hasMessageContaining("round 2 was asked since");
        assertThat(room.snapshot().current().revealed()).isFalse();
    }

    @Test
    void eachPhoneSeesItsOwnAnswerAndNobodyElsesNorAnyName() throws Exception {
        Participant ann = room.join(room.code().value(), "Ann Secretname");
        Participant bob = room.join(room.code().value(), "Bob Hiddenname");
        room.ask("q-tf");
        room.answer(ann, "q-tf", N.booleanNode(true));
        PushConnection annStream = room.connect(ann, null);
        PushConnection bobStream = room.connect(bob, null);
        room.reveal(1, null);

        List<String> toBob = renderAll(bobStream, bob);
        List<String> toAnn = renderAll(annStream, ann);
        assertThat(toBob).hasSize(2).noneMatch(s -> s.contains("Secretname") || s.contains("Hiddenname"));
        assertThat(toAnn).noneMatch(s -> s.contains("Secretname") || s.contains("Hiddenname"));
        assertThat(JSON.readTree(toBob.get(0)).get("yours").isNull()).isTrue();
        assertThat(JSON.readTree(toAnn.get(0)).get("yours").booleanValue()).isTrue();
        assertThat(JSON.readTree(toBob.get(1)).get("you").isNull()).isTrue();
        assertThat(JSON.readTree(toAnn.get(1)).get("you").get("feedback").textValue()).isEqualTo("WHEN-TRUE-FEEDBACK");
    }

    @Test
    void aFreshStreamStartsAtTheCurrentQuestionAndAResumedOneAfterItsLastEvent() {
        Participant a = room.join(room.code().value(), null);
        room.ask("q-single"); // 1
        room.reveal(1, null); // 2
        room.ask("q-tf"); // 3

        assertThat(ids(room.connect(a, null))).containsExactly(3L);
        room.reveal(2, null); // 4
        assertThat(ids(room.connect(a, null))).containsExactly(3L, 4L);
        assertThat(ids(room.connect(a, 1L))).containsExactly(2L, 3L, 4L);
        assertThat(ids(room.connect(a, 4L))).isEmpty();
        assertThat(ids(room.connect(a, 99L))).as("an id this room never sent: the state of now").containsExactly(3L, 4L);
    }

    @Test
    void beforeAnyQuestionAFreshStreamGetsNothingAndAfterTheCloseItGetsClosed() {
        Participant a = room.join(room.code().value(), null);
        assertThat(ids(room.connect(a, null))).isEmpty();
        room.close();
        PushConnection c = room.connect(a, null);
        List<Object> items = drain(c);
        assertThat(items).hasSize(1);
        assertThat(((RoomEvent) items.get(0)).type()).isEqualTo(RoomEvent.Type.CLOSED);
    }

    @Test
    void closingPushesClosedToEveryStreamAndRefusesWhatFollows() {
        Participant a = room.join(room.code().value(), null);
        PushConnection c = room.connect(a, null);
        room.ask("q-single");
        room.close();

        assertThat(drain(c)).extracting(o -> ((RoomEvent) o).type())
                .containsExactly(RoomEvent.Type.QUESTION, RoomEvent.Type.CLOSED);
        assertThatThrownBy(() -> room.join(room.code().value(), null)).hasMessageContaining("ended");
        assertThatThrownBy(() -> room.answer(a, "q-single", N.numberNode(1))).hasMessageContaining("ended");
        assertThatThrownBy(() -> room.ask("q-tf")).hasMessageContaining("ended");
        assertThat(room.snapshot().closed()).isTrue();
    }

    @Test
    void aNewStreamOfTheSameParticipantReplacesTheOldOne() {
        Participant a = room.join(room.code().value(), null);
        PushConnection first = room.connect(a, null);
        PushConnection second = room.connect(a, null);

        assertThat(first.end()).isEqualTo(PushConnection.End.REPLACED);
        assertThat(second.isOpen()).isTrue();
        assertThat(room.snapshot().connected()).isEqualTo(1);
        assertThat(room.traffic().snapshot().connectionsDropped()).isEqualTo(1);
        room.release(first);
        assertThat(room.traffic().snapshot().connectionsHeld()).isEqualTo(1);
    }

    @Test
    void aStreamStuckInAWriteIsDroppedAfterTheStallLimitAndTheOthersGoOn() throws Exception {
        Participant slow = room.join(room.code().value(), null);
        Participant fine = room.join(room.code().value(), null);
        PushConnection slowStream = room.connect(slow, null);
        PushConnection fineStream = room.connect(fine, null);
        room.ask("q-single");
        assertThat(slowStream.next(clock.millis())).isInstanceOf(RoomEvent.class); // the write starts, never ends
        drain(fineStream);

        clock.advance(room.settings().stallLimit().minusMillis(1));
        room.tick();
        assertThat(slowStream.isOpen()).isTrue();
        clock.advance(Duration.ofMillis(1));
        room.tick();
        assertThat(slowStream.end()).isEqualTo(PushConnection.End.SLOW);

        room.reveal(1, null);
        assertThat(drain(fineStream)).as("a keep-alive after 20 quiet seconds, then the reveal")
                .filteredOn(RoomEvent.class::isInstance)
                .extracting(o -> ((RoomEvent) o).type()).containsExactly(RoomEvent.Type.REVEAL);
        assertThat(room.snapshot().connected()).isEqualTo(1);
        assertThat(room.traffic().snapshot().connectionsDropped()).isEqualTo(1);
    }

    @Test
    void aStreamThatLetsEventsPileUpPastItsCapacityIsDroppedAtOnce() {
        Room small = new Room(ClassQuizzes.catalog(),
                new RoomSettings(5, Duration.ofSeconds(15), Duration.ofSeconds(20), 3), clock, new Random(1));
        Participant slow = small.join(small.code().value(), null);
        Participant fine = small.join(small.code().value(), null);
        PushConnection slowStream = small.connect(slow, null);
        PushConnection fineStream = small.connect(fine, null);
        for (int i = 0; i < 3; i++) {
            small.ask("q-single");
            drain(fineStream);
        }
        assertThat(slowStream.isOpen()).isTrue();
        small.ask("q-tf");
        assertThat(slowStream.end()).isEqualTo(PushConnection.End.SLOW);
        assertThat(drain(fineStream)).hasSize(1);
    }

    @Test
    void aQuietStreamGetsAKeepAliveAfterTheHeartbeatInterval() throws Exception {
        Participant a = room.join(room.code().value(), null);
        PushConnection c = room.connect(a, null);
        clock.advance(room.settings().heartbeat().minusSeconds(1));
        room.tick();
        assertThat(c.pending()).isZero();
        clock.advance(Duration.ofSeconds(1));
        room.tick();
        assertThat(c.pending()).isEqualTo(1);
        assertThat(c.isHeartbeat(c.next(clock.millis()))).isTrue();
        room.tick();
        assertThat(c.pending()).as("not while the keep-alive is being written").isZero();
    }

    @Test
    void listenersSeeEveryChangeAsASnapshot() {
        List<RoomSnapshot> seen = new ArrayList<>();
        room.addListener(seen::add);
        Participant a = room.join(room.code().value(), null);
        room.ask("q-tf");
        room.answer(a, "q-tf", N.booleanNode(false));
        room.reveal(1, null);

        assertThat(seen).hasSize(4);
        assertThat(seen.get(0).joined()).isEqualTo(1);
        assertThat(seen.get(1).current().quiz().id()).isEqualTo("q-tf");
        assertThat(seen.get(2).current().tally().counts()).containsEntry("false", 1);
        assertThat(seen.get(3).current().revealed()).isTrue();
        assertThat(seen.get(3).current().tally().correct()).isEqualTo(1);
    }

    @Test
    void resultsKeepEveryRoundForTheCsv() {
        Participant a = room.join(room.code().value(), "=HYPERLINK(\"x\")");
        room.ask("q-single");
        room.answer(a, "q-single", N.numberNode(1));
        clock.advance(Duration.ofSeconds(3));
        room.reveal(1, null);
        room.ask("q-numeric");
        room.answer(a, "q-numeric", N.numberNode(12.5));

        String csv = SessionCsv.write(room.results());
        assertThat(csv.split("\n")).containsExactly(SessionCsv.HEADER,
                "1,q-single,single,2026-03-02T09:00:00Z,p1,\"'=HYPERLINK(\"\"x\"\")\",1,2026-03-02T09:00:00Z,true,",
                "2,q-numeric,numeric,2026-03-02T09:00:03Z,p1,\"'=HYPERLINK(\"\"x\"\")\",12.5,2026-03-02T09:00:03Z,,");
    }

    private JsonNode revealAs(Participant p) {
        PushConnection c = room.connect(p, null);
        RoomEvent reveal = drain(c).stream().map(RoomEvent.class::cast)
                .filter(e -> e.type() == RoomEvent.Type.REVEAL).reduce((x, y) -> y).orElseThrow();
        try {
            return JSON.readTree(room.render(reveal, p));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private List<String> renderAll(PushConnection c, Participant p) {
        return drain(c).stream().map(o -> room.render((RoomEvent) o, p)).toList();
    }

    private List<Long> ids(PushConnection c) {
        return drain(c).stream().map(o -> ((RoomEvent) o).id()).toList();
    }

    /** Takes what is queued without blocking, as the stream's writer would, finishing each write at once. */
    private List<Object> drain(PushConnection c) {
        List<Object> items = new ArrayList<>();
        try {
            while (c.isOpen() && c.pending() > 0) {
                items.add(c.next(clock.millis()));
                c.written(clock.millis());
            }
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return items;
    }
}
