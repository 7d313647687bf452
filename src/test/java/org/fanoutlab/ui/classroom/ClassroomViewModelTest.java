package org.fanoutlab.ui.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.fanoutlab.classroom.ClassQuizzes;
import org.fanoutlab.classroom.QuizCatalog;
import org.fanoutlab.classroom.Participant;
import org.fanoutlab.classroom.PushConnection;
import org.fanoutlab.classroom.SessionCsv;
import org.fanoutlab.classroom.TestClock;
import org.fanoutlab.classroom.AnswerFormat;
import org.fanoutlab.content.Checkpoint;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.content.Lesson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class panel's view-model over a bare room on a test clock: what the instructor sees (bars, item rows, the dot
 * plot, names hidden), what the buttons do, the traffic, the CSV and the errors. Executors run in place, so every
 * step is done when the call returns; the room's changes appear only at {@link ClassroomViewModel#refresh()}, as
 * they do at the view's timer.
 */
class ClassroomViewModelTest {
    private static final JsonNodeFactory N = JsonNodeFactory.instance;
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock();
    private final List<RoomSession> sessions = new ArrayList<>();
    private final ClassroomViewModel vm = new ClassroomViewModel(ClassQuizzes.catalog(), (address, port) -> {
        RoomSession s = new RoomSession(ClassQuizzes.catalog(), clock, 10.0);
        sessions.add(s);
        return s;
    }, Runnable::run, Runnable::run);

    private RoomSession open() {
        vm.start(LOOPBACK, "0");
        assertThat(vm.phaseProperty().get()).isEqualTo(ClassroomViewModel.Phase.OPEN);
        return sessions.get(sessions.size() - 1);
    }

    private Participant join(RoomSession s, String name) {
        return s.room().join(s.room().code().value(), name);
    }

    private void answer(RoomSession s, Participant p, JsonNode answer) {
        clock.advance(Duration.ofSeconds(1));
        s.room().answer(p, s.room().currentQuiz().orElseThrow().id(), answer);
    }

    @Test
    void aStartedSessionShowsItsLinkQrCodeAndCodeForTheBackRow() {
        assertThat(vm.openProperty().get()).isFalse();
        RoomSession s = open();

        assertThat(vm.openProperty().get()).as("Ask the room shows everywhere").isTrue();
        String code = s.room().code().value();
        assertThat(vm.joinProperty().get().code()).isEqualTo(code.substring(0, 3) + " " + code.substring(3));
        assertThat(vm.joinProperty().get().url()).isEqualTo("http://127.0.0.1:8080/");
        assertThat(vm.joinProperty().get().joinUrl()).endsWith("/?code=" + code);
        assertThat(vm.joinProperty().get().qr().size()).isGreaterThanOrEqualTo(21);
        assertThat(vm.roundProperty().get()).isNull();
        assertThat(vm.suggestedFileName()).isEqualTo("class-session-" + code + ".csv");
    }

    @Test
    void joinsAndAnswersShowAtTheNextRefreshNotOnTheServersThread() {
        RoomSession s = open();
        join(s, "Ann");
        join(s, null);
        assertThat(vm.headcountProperty().get().joined()).as("nothing moves before the refresh").isZero();

        vm.refresh();
        assertThat(vm.headcountProperty().get().joined()).isEqualTo(2);
        assertThat(vm.headcountProperty().get().maxParticipants()).isEqualTo(50);
    }

    @Test
    void aChoiceQuizShowsABarPerOptionAndTheRevealMarksTheRightOne() {
        RoomSession s = open();
        List<Participant> ps = List.of(join(s, "Ann"), join(s, "Bo"), join(s, "Cy"));
        assertThat(vm.ask("q-single")).isTrue();
        answer(s, ps.get(0), N.numberNode(0));
        answer(s, ps.get(1), N.numberNode(1));
        answer(s, ps.get(2), N.numberNode(1));
        vm.refresh();

        LiveRound r = vm.roundProperty().get();
        assertThat(r.round()).isEqualTo(1);
        assertThat(r.lessonTitle()).isEqualTo("Lesson A");
        assertThat(r.answered()).isEqualTo(3);
        List<Chart.Bar> bars = ((Chart.Bars) r.chart()).bars();
        assertThat(bars).extracting(Chart.Bar::label)
                .containsExactly("A. The producer", "B. The consumer", "C. The cache");
        assertThat(bars).extracting(Chart.Bar::count).containsExactly(1, 2, 0);
        assertThat(bars.get(1).share()).isEqualTo(2 / 3.0);
        assertThat(bars).extracting(Chart.Bar::correct).as("nothing marked before the reveal")
                .containsOnlyNulls();
        assertThat(r.correct()).isNull();
        assertThat(r.rightText()).isEmpty();

        vm.reveal();
        r = vm.roundProperty().get();
        assertThat(r.revealed()).isTrue();
        assertThat(((Chart.Bars) r.chart()).bars()).extracting(Chart.Bar::correct).containsExactly(false, true, false);
        assertThat(r.correct()).isEqualTo(2);
        assertThat(r.rightText()).isEqualTo("Right answer: B");
        assertThat(vm.revealingProperty().get()).isFalse();
    }

    @Test
    void trueFalseAndMultipleCountEveryOptionPicked() {
        RoomSession s = open();
        Participant a = join(s, null);
        Participant b = join(s, null);
        vm.ask("q-multiple");
        answer(s, a, N.arrayNode().add(0).add(1));
        answer(s, b, N.arrayNode().add(0));
        vm.refresh();
        assertThat(((Chart.Bars) vm.roundProperty().get().chart()).bars()).extracting(Chart.Bar::count)
                .containsExactly(2, 1, 0);

        vm.ask("q-tf");
        answer(s, a, N.booleanNode(false));
        vm.reveal();
        List<Chart.Bar> bars = ((Chart.Bars) vm.roundProperty().get().chart()).bars();
        assertThat(bars).extracting(Chart.Bar::label).containsExactly("True", "False");
        assertThat(bars).extracting(Chart.Bar::count).containsExactly(0, 1);
        assertThat(bars).extracting(Chart.Bar::correct).containsExactly(false, true);
        assertThat(vm.roundProperty().get().rightText()).isEqualTo("The statement is false.");
    }

    @Test
    void predictGuessesMakeADotPlotAndTheRevealDrawsTheEnginesFigureWithItsBand() {
        RoomSession s = open();
        double[] guesses = {8, 9.5, 10, 10, 10.5, 14, 30};
        List<Participant> ps = new ArrayList<>();
        for (int i = 0; i < guesses.length; i++) {
            ps.add(join(s, null));
        }
        vm.refresh();
        assertThat(vm.roundProperty().get()).isNull();

        vm.ask("q-predict");
        for (int i = 0; i < guesses.length; i++) {
            answer(s, ps.get(i), N.numberNode(guesses[i]));
        }
        vm.refresh();
        DotPlot plot = ((Chart.Dots) vm.roundProperty().get().chart()).plot();
        assertThat(plot.dots()).extracting(DotPlot.Dot::value).containsExactly(8.0, 9.5, 10.0, 10.0, 10.5, 14.0, 30.0);
        assertThat(plot.marker()).as("no figure before the reveal").isNull();
        assertThat(plot.dots()).extracting(DotPlot.Dot::correct).containsOnlyNulls();
        assertThat(plot.min()).isLessThanOrEqualTo(8);
        assertThat(plot.max()).isGreaterThanOrEqualTo(30);
        DotPlot.Dot first = plot.dots().get(2);
        DotPlot.Dot second = plot.dots().get(3);
        assertThat(second.column()).as("equal guesses share a column").isEqualTo(first.column());
        assertThat(second.level()).as("and stack").isEqualTo(first.level() + 1);
        assertThat(plot.tallest()).isGreaterThanOrEqualTo(2);

        vm.reveal();
        LiveRound r = vm.roundProperty().get();
        plot = ((Chart.Dots) r.chart()).plot();
        assertThat(plot.marker()).isEqualTo(10.0);
        assertThat(plot.bandLow()).as("10 % of 10 either side").isEqualTo(9.0);
        assertThat(plot.bandHigh()).isEqualTo(11.0);
        assertThat(plot.dots()).extracting(DotPlot.Dot::correct)
                .containsExactly(false, true, true, true, true, false, false);
        assertThat(r.correct()).isEqualTo(4);
        assertThat(r.rightText()).isEqualTo("The engine\u2019s figure: 10 checks");
    }

    @Test
    void aPredictFigureThatCouldNotBeComputedLeavesGuessesUnmarkedAndSaysWhy() {
        RoomSession s = new RoomSession(ClassQuizzes.catalog(), clock, null);
        ClassroomViewModel noFigure = new ClassroomViewModel(ClassQuizzes.catalog(), (a, p) -> s, Runnable::run,
                Runnable::run);
        noFigure.start(LOOPBACK, "0");
        Participant p = join(s, null);
        noFigure.ask("q-predict");
        answer(s, p, N.numberNode(3));
        noFigure.reveal();
        LiveRound r = noFigure.roundProperty().get();
        assertThat(((Chart.Dots) r.chart()).plot().marker()).isNull();
        assertThat(r.correct()).isNull();
        assertThat(r.rightText()).contains("could not be computed");
    }

    @Test
    void classifyRowsSplitByBucketAndTheRevealGivesEachItemsShareRight() {
        RoomSession s = open();
        Participant a = join(s, null);
        Participant b = join(s, null);
        vm.ask("q-classify");
        answer(s, a, N.arrayNode().add(0).add(1).add(0));
        answer(s, b, N.arrayNode().add(0).add(1).add(1));
        vm.refresh();

        Chart.Parts parts = (Chart.Parts) vm.roundProperty().get().chart();
        assertThat(parts.categories()).containsExactly("Push", "Pull");
        assertThat(parts.rows()).extracting(Chart.PartRow::label).containsExactly("APNs", "RSS", "Webhook");
        assertThat(parts.rows()).extracting(Chart.PartRow::counts)
                .containsExactly(List.of(2, 0), List.of(0, 2), List.of(1, 1));
        assertThat(parts.rows()).extracting(Chart.PartRow::right).containsOnly(-1);

        vm.reveal();
        parts = (Chart.Parts) vm.roundProperty().get().chart();
        assertThat(parts.rows()).extracting(Chart.PartRow::right).containsExactly(0, 1, 0);
        assertThat(parts.rows()).extracting(Chart.PartRow::rightShare).containsExactly(1.0, 1.0, 0.5);
        assertThat(vm.roundProperty().get().correct()).isEqualTo(1);
    }

    /** The projector must not list the steps in their written order before the reveal: that is the answer. */
    @Test
    void orderRowsComeInThePhonesShuffledOrderSplitByPosition() {
        RoomSession s = open();
        Participant a = join(s, null);
        vm.ask("q-order");
        answer(s, a, AnswerFormat.correct(ClassQuizzes.ORDER, null));
        vm.refresh();

        List<Integer> shown = AnswerFormat.shownOrder(ClassQuizzes.ORDER);
        List<String> written = List.of("Read the cache", "Pull the stars", "Merge");
        Chart.Parts parts = (Chart.Parts) vm.roundProperty().get().chart();
        assertThat(parts.categories()).containsExactly("1", "2", "3");
        assertThat(parts.rows()).extracting(Chart.PartRow::label)
                .containsExactlyElementsOf(shown.stream().map(written::get).toList())
                .isNotEqualTo(written);
        for (int k = 0; k < 3; k++) {
            List<Integer> expected = new ArrayList<>(List.of(0, 0, 0));
            expected.set(shown.get(k), 1);
            assertThat(parts.rows().get(k).counts()).as(parts.rows().get(k).label()).isEqualTo(expected);
        }
        vm.reveal();
        parts = (Chart.Parts) vm.roundProperty().get().chart();
        assertThat(parts.rows()).extracting(Chart.PartRow::rightShare).containsOnly(1.0);
        assertThat(vm.roundProperty().get().rightText())
                .isEqualTo("The right order: 1. Read the cache  2. Pull the stars  3. Merge");
    }

    @Test
    void namesAreHiddenByDefaultAndListedWithTheirAnswersWhenShown() {
        RoomSession s = open();
        Participant ann = join(s, "Ann");
        Participant nobody = join(s, null);
        vm.ask("q-numeric");
        answer(s, ann, N.numberNode(2000));
        answer(s, nobody, N.numberNode(1500.5));
        vm.reveal();

        assertThat(vm.namesShownProperty().get()).as("the panel is on the projector").isFalse();
        assertThat(vm.roundProperty().get().names()).containsExactly(
                new LiveRound.NameRow("Ann", "2,000", true),
                new LiveRound.NameRow("Participant 2", "1,500.5", false));
        vm.namesShownProperty().set(true);
        assertThat(vm.namesShownProperty().get()).isTrue();
    }

    @Test
    void trafficIsReadFromTheRoomAtEachRefresh() {
        RoomSession s = open();
        Participant p = join(s, null);
        PushConnection stream = s.room().connect(p, null);
        s.room().traffic().requestAnswered();
        s.room().traffic().eventPushed();
        vm.refresh();
        assertThat(vm.trafficProperty().get().connectionsHeld()).isEqualTo(1);
        assertThat(vm.trafficProperty().get().requestsAnswered()).isEqualTo(1);
        assertThat(vm.trafficProperty().get().eventsPushed()).isEqualTo(1);
        assertThat(vm.headcountProperty().get().connected()).isEqualTo(1);

        s.room().release(stream);
        for (int i = 0; i < 5; i++) {
            s.room().traffic().requestAnswered();
        }
        assertThat(vm.trafficProperty().get().requestsAnswered()).as("polled, not pushed").isEqualTo(1);
        vm.refresh();
        assertThat(vm.trafficProperty().get().requestsAnswered()).isEqualTo(6);
        assertThat(vm.trafficProperty().get().connectionsHeld()).isZero();
        assertThat(vm.headcountProperty().get().connected()).isZero();
    }

    @Test
    void theExportWritesEveryAnswerOfTheSessionWithTheRoomsTimes() throws IOException {
        RoomSession s = open();
        Participant ann = join(s, "Ann");
        vm.ask("q-single");
        answer(s, ann, N.numberNode(1));
        vm.reveal();
        vm.ask("q-numeric");
        answer(s, ann, N.numberNode(1999));
        vm.end();

        Path file = dir.resolve("class.csv");
        assertThat(vm.exportCsv(file)).as("the results outlive the session").isTrue();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo(SessionCsv.HEADER);
        assertThat(lines.get(1)).isEqualTo("1,q-single,single,2026-03-02T09:00:00Z,p1,Ann,1,2026-03-02T09:00:01Z,true,");
        assertThat(lines.get(2)).startsWith("2,q-numeric,numeric,2026-03-02T09:00:01Z,p1,Ann,1999,2026-03-02T09:00:02Z,,");
        assertThat(vm.noticeProperty().get()).isEqualTo("Saved 2 answers to class.csv.");
        assertThat(vm.errorProperty().get()).isEmpty();
    }

    @Test
    void anExportThatCannotBeWrittenSaysWhereAndWhyAndThrowsNothing() {
        open();
        Path nowhere = dir.resolve("missing-folder").resolve("class.csv");
        assertThat(vm.exportCsv(nowhere)).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("Could not save " + nowhere).contains("missing-folder");
    }

    @Test
    void endingTellsThePhonesAndTheButtonsStop() {
        RoomSession s = open();
        vm.end();
        assertThat(vm.phaseProperty().get()).isEqualTo(ClassroomViewModel.Phase.ENDED);
        assertThat(s.isClosed()).isTrue();
        assertThat(s.room().isClosed()).isTrue();
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(vm.ask("q-single")).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("No class session is open");
    }

    @Test
    void closingTheAppEndsAnOpenSessionOnce() {
        RoomSession s = open();
        vm.dispose();
        vm.dispose();
        assertThat(s.isClosed()).isTrue();
        assertThat(s.room().isClosed()).isTrue();
    }

    @Test
    void aBadPortIsRefusedBeforeAnythingStarts() {
        for (String bad : new String[] {"", "80a", "65536", "-1", "8 080"}) {
            vm.start(LOOPBACK, bad);
            assertThat(vm.phaseProperty().get()).as(bad).isEqualTo(ClassroomViewModel.Phase.IDLE);
            assertThat(vm.errorProperty().get()).as(bad).isEqualTo(
                    "The port is a whole number from 0 to 65535 (0 picks any free port).");
        }
        assertThat(sessions).isEmpty();
        assertThat(ClassroomViewModel.parsePort(" 8080 ")).contains(8080);
        assertThat(ClassroomViewModel.parsePort("0")).contains(0);
    }

    @Test
    void aSessionThatCannotStartSaysWhyInWordsAndTheNextTryWorks() {
        boolean[] fail = {true};
        ClassroomViewModel flaky = new ClassroomViewModel(ClassQuizzes.catalog(), (address, port) -> {
            if (fail[0]) {
                throw new IllegalStateException("cannot listen on 127.0.0.1:8080",
                        new IOException("Failed to bind", new java.net.BindException("Address already in use")));
            }
            return new RoomSession(ClassQuizzes.catalog(), clock, null);
        }, Runnable::run, Runnable::run);
        flaky.start(LOOPBACK, "8080");
        assertThat(flaky.phaseProperty().get()).isEqualTo(ClassroomViewModel.Phase.IDLE);
        assertThat(flaky.errorProperty().get()).isEqualTo(
                "Port 8080 is already in use on 127.0.0.1. Choose another port, or 0 for any free one.");

        fail[0] = false;
        flaky.start(LOOPBACK, "8081");
        assertThat(flaky.phaseProperty().get()).isEqualTo(ClassroomViewModel.Phase.OPEN);
        assertThat(flaky.errorProperty().get()).isEmpty();
    }

    /** The real server on a port already taken (loopback): the message names the port, not a stack trace. */
    @Test
    void theRealServerOnAPortInUseIsRefusedWithThatSentence() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, LOOPBACK)) {
            ClassroomViewModel real = new ClassroomViewModel(ClassQuizzes.catalog(),
                    ServerSession.starter(ClassQuizzes.catalog(), quiz -> null), Runnable::run, Runnable::run);
            real.start(LOOPBACK, Integer.toString(taken.getLocalPort()));
            assertThat(real.phaseProperty().get()).isEqualTo(ClassroomViewModel.Phase.IDLE);
            assertThat(real.errorProperty().get()).isEqualTo("Port " + taken.getLocalPort()
                    + " is already in use on 127.0.0.1. Choose another port, or 0 for any free one.");
        }
    }

    @Test
    void aRefusedQuestionIsSaidAndAskingFromALessonBringsThePanelForward() {
        int[] shown = {0};
        vm.setOnAsked(() -> shown[0]++);
        vm.ask(ClassQuizzes.SINGLE);
        assertThat(shown[0]).as("no session: nothing to show").isZero();

        open();
        assertThat(vm.canAsk(ClassQuizzes.SINGLE)).isTrue();
        assertThat(vm.canAsk(ClassQuizzes.ORDER)).isTrue();
        assertThat(vm.ask("not-a-quiz")).isFalse();
        assertThat(vm.errorProperty().get()).startsWith("The room did not take it: no quiz 'not-a-quiz'");
        vm.ask(ClassQuizzes.TRUE_FALSE);
        assertThat(shown[0]).isEqualTo(1);
        assertThat(vm.errorProperty().get()).isEmpty();
        assertThat(vm.roundProperty().get().quiz()).isEqualTo(ClassQuizzes.TRUE_FALSE);
    }

    /** Issue 13: the picker offers a lesson's guided checkpoints as well as its quiz blocks, labelled as such. */
    @Test
    void aLessonsCheckpointQuizzesArePickedLabelledAndAskedLikeItsOtherQuizzes() {
        Course course = CourseLoader.load(Path.of("lessons"));
        QuizCatalog catalog = QuizCatalog.of(course, null);
        ClassroomViewModel panel = new ClassroomViewModel(catalog, (address, port) -> {
            RoomSession s = new RoomSession(catalog, clock, 10.0);
            sessions.add(s);
            return s;
        }, Runnable::run, Runnable::run);
        List<String> asking = course.lessons().stream().flatMap(l -> l.checkpoints().stream())
                .filter(Checkpoint::asks).map(c -> c.ask().id()).toList();
        List<String> offered = panel.askableQuizzes().stream().filter(QuizCatalog.Entry::checkpoint)
                .map(e -> e.quiz().id()).toList();
        assertThat(offered).as("every asking checkpoint, in course order").isEqualTo(asking);

        QuizCatalog.Entry entry = panel.askableQuizzes().stream()
                .filter(e -> e.quiz().id().equals("push-small-queue-empty")).findFirst().orElseThrow();
        Lesson push = course.lesson("push").orElseThrow();
        assertThat(entry.lessonId()).isEqualTo("push");
        assertThat(QuizPicker.quizText(entry)).isEqualTo("Lab checkpoint (" + push.title() + ") \u00b7 One answer \u00b7 "
                + "The first post went out a moment ago. Why is the fan-out queue alread\u2026");
        QuizCatalog.Entry block = panel.askableQuizzes().stream().filter(e -> !e.checkpoint()).findFirst().orElseThrow();
        assertThat(QuizPicker.quizText(block)).doesNotContain("checkpoint");

        panel.start(LOOPBACK, "0");
        RoomSession s = sessions.get(sessions.size() - 1);
        assertThat(panel.ask("push-small-queue-empty")).isTrue();
        Participant ann = join(s, "Ann");
        answer(s, ann, N.numberNode(0));
        panel.refresh();
        LiveRound r = panel.roundProperty().get();
        assertThat(r.quiz().id()).isEqualTo("push-small-queue-empty");
        assertThat(r.lessonTitle()).isEqualTo(push.title());
        assertThat(((Chart.Bars) r.chart()).bars()).extracting(Chart.Bar::count).startsWith(1, 0);
        panel.dispose();
    }
}
