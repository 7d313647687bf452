package org.fanoutlab.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.Grade;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizGrader;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.content.QuizType;

/**
 * One class session: who joined, the question asked, the answers, the reveal, and the log of events phones are
 * pushed and replay after a reconnect. Thread-safe: one lock guards the state, and nothing slow happens under it
 * (streams are fed through their own queues, listeners are called after it is released).
 *
 * <p>The instructor's panel is a view of this class: it calls {@link #ask}, {@link #reveal} and {@link #close},
 * and redraws from the {@link RoomSnapshot} its {@link #addListener listener} receives after every change of
 * participants, answers, question or connections. Traffic counters move with every event written, so they are read
 * by polling {@link #snapshot()} (or {@link #traffic()}) instead of being announced.
 */
public final class Room {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final QuizCatalog catalog;
    private final RoomSettings settings;
    private final Clock clock;
    private final JoinCode code;
    private final String hostToken;
    private final RandomGenerator random;
    private final RoomTraffic traffic = new RoomTraffic();
    private final List<Consumer<RoomSnapshot>> listeners = new CopyOnWriteArrayList<>();

    private final Object lock = new Object();
    private final Map<String, Participant> byToken = new ConcurrentHashMap<>();
    private final List<Participant> participants = new ArrayList<>();
    private final Map<Integer, PushConnection> streams = new HashMap<>();
    private final List<PushConnection> held = new ArrayList<>();
    private final List<RoomEvent> log = new ArrayList<>();
    private final List<Round> rounds = new ArrayList<>();
    private Round current;
    private long currentQuestionEventId;
    private boolean closed;

    /**
     * @param random the source of the join code and tokens: a {@code SecureRandom} in a real room
     */
    public Room(QuizCatalog catalog, RoomSettings settings, Clock clock, RandomGenerator random) {
        this.catalog = catalog;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
        this.code = JoinCode.random(random);
        this.hostToken = Tokens.next(random);
    }

    public JoinCode code() {
        return code;
    }

    /** The instructor's bearer token; only the instructor's panel and the headless command's output show it. */
    public String hostToken() {
        return hostToken;
    }

    public boolean isHost(String token) {
        return Tokens.same(hostToken, token);
    }

    public QuizCatalog catalog() {
        return catalog;
    }

    public RoomSettings settings() {
        return settings;
    }

    public RoomTraffic traffic() {
        return traffic;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * @param typedCode what the participant typed
     * @param name      the optional nickname, cleaned by {@link Nickname#clean}
     * @throws RoomRefusal WRONG_CODE, FULL, CONFLICT (closed), BAD_REQUEST (name too long)
     */
    public Participant join(String typedCode, String name) {
        if (!code.matches(typedCode)) {
            throw new RoomRefusal(RoomRefusal.Reason.WRONG_CODE, "that is not this room's join code");
        }
        String cleaned = Nickname.clean(name);
        Participant p;
        synchronized (lock) {
            if (closed) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT, "the session has ended");
            }
            if (participants.size() >= settings.maxParticipants()) {
                throw new RoomRefusal(RoomRefusal.Reason.FULL,
                        "the room is full (" + settings.maxParticipants() + " participants)");
            }
            String token;
            do {
                token = Tokens.next(random);
            } while (byToken.containsKey(token) || Tokens.same(hostToken, token));
            p = new Participant(participants.size() + 1, token, cleaned, now());
            participants.add(p);
            byToken.put(token, p);
        }
        changed();
        return p;
    }

    public Optional<Participant> participant(String token) {
        return token == null ? Optional.empty() : Optional.ofNullable(byToken.get(token));
    }

    /**
     * Asks the room a quiz of the catalog: a new round, pushed to every phone. Asking the current quiz again starts
     * a fresh round (answers from the earlier one stay in the results).
     *
     * @return the new round's number
     * @throws RoomRefusal UNKNOWN_QUIZ, BAD_REQUEST (a type phones cannot answer yet), CONFLICT (closed)
     */
    public int ask(String quizId) {
        QuizCatalog.Entry entry = catalog.find(quizId).orElseThrow(() -> new RoomRefusal(RoomRefusal.Reason.UNKNOWN_QUIZ,
                "no quiz '" + quizId + "'" + (catalog.lessonId() == null ? " in the course"
                        : " in lesson '" + catalog.lessonId() + "', the lesson of this session")));
        if (!entry.askable()) {
            throw new RoomRefusal(RoomRefusal.Reason.BAD_REQUEST, "quiz '" + quizId + "' is a "
                    + entry.quiz().type().id() + " quiz, which phones cannot answer yet");
        }
        int number;
        synchronized (lock) {
            if (closed) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT, "the session has ended");
            }
            current = new Round(rounds.size() + 1, entry.quiz(), now());
            rounds.add(current);
            number = current.number;
            currentQuestionEventId = append(RoomEvent.Type.QUESTION, current.number, Payloads.question(current));
        }
        changed();
        return number;
    }

    /** The quiz of the current round, if one was asked. */
    public Optional<Quiz> currentQuiz() {
        synchronized (lock) {
            return Optional.ofNullable(current).map(r -> r.quiz);
        }
    }

    /**
     * Records (or replaces) a participant's answer to the current question.
     *
     * @throws RoomRefusal CONFLICT (no question, another question, revealed, closed), BAD_REQUEST (wrong kind)
     */
    public Answered answer(Participant p, String quizId, JsonNode answer) {
        Answered answered;
        synchronized (lock) {
            if (closed) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT, "the session has ended");
            }
            if (current == null) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT, "no question has been asked yet");
            }
            if (!current.quiz.id().equals(quizId)) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT,
                        "quiz '" + quizId + "' is not the current question ('" + current.quiz.id() + "')");
            }
            if (current.revealed) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT, "the answer to '" + quizId + "' has been revealed");
            }
            QuizAnswer parsed = AnswerFormat.read(current.quiz, answer);
            answered = new Answered(parsed, AnswerFormat.write(current.quiz, parsed), now());
            current.answers.put(p.number(), answered);
        }
        changed();
        return answered;
    }

    /**
     * Reveals the current round: grades every answer and pushes the answer and explanation to every phone. Revealing
     * a revealed round again changes nothing.
     *
     * @param round  the round the caller means, so that a question asked meanwhile is not revealed by mistake
     * @param figure predict: the engine's figure (null when it could not be computed); ignored for other types
     * @throws RoomRefusal CONFLICT when nothing was asked, another round is current, or the room is closed
     */
    public void reveal(int round, Double figure) {
        synchronized (lock) {
            if (closed) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT, "the session has ended");
            }
            if (current == null) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT, "no question has been asked yet");
            }
            if (current.number != round) {
                throw new RoomRefusal(RoomRefusal.Reason.CONFLICT,
                        "round " + round + " is over: round " + current.number + " was asked since");
            }
            if (current.revealed) {
                return;
            }
            Quiz quiz = current.quiz;
            current.figure = switch (quiz.type()) {
                case NUMERIC -> quiz.numericAnswer();
                case PREDICT -> figure;
                default -> null;
            };
            for (Map.Entry<Integer, Answered> e : current.answers.entrySet()) {
                Grade grade = grade(quiz, e.getValue().answer(), current.figure);
                if (grade != null) {
                    current.grades.put(e.getKey(), grade);
                }
            }
            current.revealed = true;
            append(RoomEvent.Type.REVEAL, current.number, Payloads.reveal(current));
        }
        changed();
    }

    /** The current round's number, or 0 before the first question. */
    public int currentRound() {
        synchronized (lock) {
            return current == null ? 0 : current.number;
        }
    }

    /** Ends the session: every phone is pushed {@code closed}; joins, answers and questions are refused. */
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            append(RoomEvent.Type.CLOSED, current == null ? 0 : current.number, Payloads.closed());
        }
        changed();
    }

    public boolean isClosed() {
        synchronized (lock) {
            return closed;
        }
    }

    /**
     * Opens a push stream for a participant, replacing the one it had. The stream starts with the events missed:
     * after {@code lastEventId}, or (for a fresh stream) the current round's question and what followed it.
     *
     * @param lastEventId the {@code Last-Event-ID} the phone sent, or null
     */
    public PushConnection connect(Participant p, Long lastEventId) {
        PushConnection replaced;
        PushConnection c = new PushConnection(p, lastEventId, settings.outboxCapacity(), clock.millis());
        synchronized (lock) {
            c.offerReplay(replay(lastEventId));
            replaced = streams.put(p.number(), c);
            held.add(c);
            traffic.connectionOpened();
        }
        if (replaced != null) {
            drop(replaced, PushConnection.End.REPLACED);
        }
        changed();
        return c;
    }

    /** The participant's open push stream, if it has one. */
    public Optional<PushConnection> stream(Participant p) {
        synchronized (lock) {
            return Optional.ofNullable(streams.get(p.number()));
        }
    }

    /** The writer of a stream is done with it (whatever the reason); it no longer counts as held. */
    public void release(PushConnection c) {
        boolean removed;
        synchronized (lock) {
            streams.remove(c.participant().number(), c);
            removed = held.remove(c);
            if (removed) {
                traffic.connectionReleased();
                lock.notifyAll();
            }
        }
        c.markEnded(PushConnection.End.STOPPED);
        if (removed) {
            changed();
        }
    }

    /** Ends a stream early; the phone reconnects (and replays) on its own unless the room is closed. */
    public void drop(PushConnection c, PushConnection.End reason) {
        synchronized (lock) {
            streams.remove(c.participant().number(), c);
        }
        if (c.finish(reason) && reason != PushConnection.End.STOPPED) {
            traffic.connectionDropped();
        }
    }

    /** Ends every stream, for a server that stops. */
    public void dropAll() {
        List<PushConnection> all;
        synchronized (lock) {
            all = new ArrayList<>(held);
        }
        all.forEach(c -> drop(c, PushConnection.End.STOPPED));
    }

    /**
     * Housekeeping by the room's clock, called about once a second: drops streams stuck in a write for the stall
     * limit, and sends a keep-alive to streams quiet for the heartbeat interval.
     */
    public void tick() {
        long now = clock.millis();
        List<PushConnection> slow = new ArrayList<>();
        synchronized (lock) {
            for (PushConnection c : streams.values()) {
                if (c.stalled(now, settings.stallLimit().toMillis())) {
                    slow.add(c);
                } else if (c.idle(now, settings.heartbeat().toMillis())) {
                    c.offer(PushConnection.HEARTBEAT);
                }
            }
        }
        slow.forEach(c -> drop(c, PushConnection.End.SLOW));
    }

    /**
     * Waits (in real time: this is for a server shutting down, not for tests) until every stream has been
     * released, or the time is up.
     *
     * @return whether every stream was released
     */
    public boolean awaitReleased(Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        synchronized (lock) {
            while (!held.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                lock.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    /** The event as this participant receives it: the shared data plus their own answer or verdict. */
    public String render(RoomEvent event, Participant p) {
        ObjectNode data;
        synchronized (lock) {
            Round round = event.round() > 0 ? rounds.get(event.round() - 1) : null;
            data = switch (event.type()) {
                case QUESTION -> Payloads.withYours(event.data(), round.answers.get(p.number()));
                case REVEAL -> Payloads.withVerdict(round.quiz, event.data(), round.answers.get(p.number()),
                        round.grades.get(p.number()));
                case CLOSED -> event.data();
            };
        }
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RoomSnapshot snapshot() {
        synchronized (lock) {
            return new RoomSnapshot(code, participants.size(), streams.size(), settings.maxParticipants(), closed,
                    current == null ? null : result(current), traffic.snapshot());
        }
    }

    /** Every round of the session, in order (the CSV export). */
    public List<RoundResult> results() {
        synchronized (lock) {
            return rounds.stream().map(this::result).toList();
        }
    }

    /** Called after every change of participants, answers, question or connections, on the thread that made it. */
    public void addListener(Consumer<RoomSnapshot> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<RoomSnapshot> listener) {
        listeners.remove(listener);
    }

    /** The id of the last event logged, 0 when none. */
    public long lastEventId() {
        synchronized (lock) {
            return log.isEmpty() ? 0 : log.get(log.size() - 1).id();
        }
    }

    /** To the millisecond: finer digits only clutter the CSV. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private long append(RoomEvent.Type type, int round, ObjectNode data) {
        RoomEvent event = new RoomEvent(log.size() + 1L, type, round, data);
        log.add(event);
        List<PushConnection> full = new ArrayList<>();
        for (PushConnection c : streams.values()) {
            if (!c.offer(event)) {
                full.add(c);
            }
        }
        for (PushConnection c : full) {
            // finish() only locks the stream, and the abort it runs only closes a socket: safe under the room lock.
            streams.remove(c.participant().number(), c);
            if (c.finish(PushConnection.End.SLOW)) {
                traffic.connectionDropped();
            }
        }
        return event.id();
    }

    private List<RoomEvent> replay(Long lastEventId) {
        long from;
        if (lastEventId == null || lastEventId < 0 || lastEventId > log.size()) {
            // A fresh page (or an id from another room) gets the state of now: the current round and what followed.
            from = current == null ? (closed ? log.size() : log.size() + 1) : currentQuestionEventId;
        } else {
            from = lastEventId + 1;
            if (log.size() - lastEventId > settings.outboxCapacity() && current != null) {
                // A phone that slept through many rounds only needs the one it can still answer.
                from = Math.max(from, currentQuestionEventId);
            }
        }
        List<RoomEvent> events = new ArrayList<>();
        for (long id = Math.max(1, from); id <= log.size(); id++) {
            events.add(log.get((int) (id - 1)));
        }
        return events;
    }

    private static Grade grade(Quiz quiz, QuizAnswer answer, Double figure) {
        if (quiz.type() == QuizType.PREDICT) {
            return figure == null ? null
                    : QuizGrader.gradePrediction(quiz, ((QuizAnswer.Number) answer).value(), figure);
        }
        return QuizGrader.grade(quiz, answer);
    }

    private RoundResult result(Round round) {
        Quiz quiz = round.quiz;
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Double> values = new ArrayList<>();
        switch (quiz.type()) {
            case SINGLE, MULTIPLE -> {
                List<QuizOption> options = quiz.options();
                for (int i = 0; i < options.size(); i++) {
                    counts.put(Integer.toString(i), 0);
                }
            }
            case TRUE_FALSE -> {
                counts.put("true", 0);
                counts.put("false", 0);
            }
            case CLASSIFY -> {
                ClassifyQuiz.Body body = quiz.body(ClassifyQuiz.Body.class);
                for (int item = 0; item < body.items().size(); item++) {
                    for (int bucket = 0; bucket < body.buckets().size(); bucket++) {
                        counts.put(item + ":" + bucket, 0);
                    }
                }
            }
            case ORDER -> {
                int steps = quiz.body(OrderQuiz.Body.class).steps().size();
                for (int step = 0; step < steps; step++) {
                    for (int position = 0; position < steps; position++) {
                        counts.put(step + ":" + position, 0);
                    }
                }
            }
            default -> {
            }
        }
        TreeMap<Double, Integer> numbers = new TreeMap<>();
        List<ParticipantAnswer> answers = new ArrayList<>();
        int correct = 0;
        for (Map.Entry<Integer, Answered> e : round.answers.entrySet()) {
            QuizAnswer a = e.getValue().answer();
            if (a instanceof QuizAnswer.Choice choice) {
                choice.chosen().forEach(i -> counts.merge(Integer.toString(i), 1, Integer::sum));
            } else if (a instanceof QuizAnswer.TrueFalse tf) {
                counts.merge(Boolean.toString(tf.value()), 1, Integer::sum);
            } else if (a instanceof QuizAnswer.Number n) {
                numbers.merge(n.value(), 1, Integer::sum);
                values.add(n.value());
            } else if (a instanceof QuizAnswer.Classification c) {
                for (int item = 0; item < c.bucketOfItem().size(); item++) {
                    counts.merge(item + ":" + c.bucketOfItem().get(item), 1, Integer::sum);
                }
            } else if (a instanceof QuizAnswer.Ordering o) {
                for (int position = 0; position < o.steps().size(); position++) {
                    counts.merge(o.steps().get(position) + ":" + position, 1, Integer::sum);
                }
            }
            Grade grade = round.grades.get(e.getKey());
            if (grade != null && grade.correct()) {
                correct++;
            }
            Participant p = participants.get(e.getKey() - 1);
            answers.add(new ParticipantAnswer(p.number(), p.name(), e.getValue().wire(), e.getValue().at(),
                    grade == null ? null : grade.correct()));
        }
        numbers.forEach((value, n) -> counts.put(AnswerFormat.plain(value), n));
        values.sort(Double::compare);
        boolean marked = round.revealed && !(quiz.type() == QuizType.PREDICT && round.figure == null);
        Tally tally = new Tally(round.answers.size(), counts, values, marked ? correct : null);
        return new RoundResult(round.number, quiz, round.askedAt, round.revealed, round.figure, tally, answers);
    }

    private void changed() {
        if (listeners.isEmpty()) {
            return;
        }
        RoomSnapshot snapshot = snapshot();
        for (Consumer<RoomSnapshot> listener : listeners) {
            listener.accept(snapshot);
        }
    }
}
