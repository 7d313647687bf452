package org.fanoutlab.ui.classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.fanoutlab.classroom.AnswerFormat;
import org.fanoutlab.classroom.ParticipantAnswer;
import org.fanoutlab.classroom.RoundResult;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.NumericQuiz;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.PredictQuiz;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizAnswers;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.content.TrueFalseQuiz;
import org.fanoutlab.ui.common.Messages;
import org.fanoutlab.ui.common.NumberInput;
import org.fanoutlab.ui.quiz.AnswerText;

/** Turns the room's tally of one round into what the panel draws ({@link LiveRound}). Pure: no toolkit, no I/O. */
final class LiveResults {
    private LiveResults() {
    }

    static LiveRound of(RoundResult r, String lessonTitle) {
        Quiz quiz = r.quiz();
        Chart chart = switch (quiz.type()) {
            case SINGLE, MULTIPLE, TRUE_FALSE -> bars(r);
            case CLASSIFY -> classify(r);
            case ORDER -> order(r);
            case NUMERIC, PREDICT -> dots(r);
        };
        List<LiveRound.NameRow> names = new ArrayList<>();
        for (ParticipantAnswer a : r.answers()) {
            String name = a.name() == null ? Messages.format("classroom.names.anonymous", a.participant()) : a.name();
            names.add(new LiveRound.NameRow(name, describe(quiz, a.answer()), a.correct()));
        }
        return new LiveRound(r.round(), quiz, lessonTitle, r.revealed(), r.tally().answered(), r.tally().correct(),
                r.revealed() ? rightText(r) : "", chart, names);
    }

    /** The margin a guess may miss by and still be right: numeric's tolerance, predict's floor or percentage. */
    static double allowed(Quiz quiz, double figure) {
        if (quiz.body() instanceof PredictQuiz.Body p) {
            return Math.max(p.tolerance(), p.tolerancePercent() / 100 * Math.abs(figure));
        }
        return quiz.tolerance();
    }

    /** A figure with the quiz's unit: "12.5 checks". */
    static String figure(Quiz quiz, double value) {
        String n = NumberInput.trim(value);
        return quiz.unit() == null || quiz.unit().isBlank() ? n : Messages.format("classroom.figure.unit", n, quiz.unit());
    }

    private static Chart bars(RoundResult r) {
        Quiz quiz = r.quiz();
        Map<String, Integer> counts = r.tally().counts();
        int answered = r.tally().answered();
        List<Chart.Bar> bars = new ArrayList<>();
        if (quiz.type() == QuizType.TRUE_FALSE) {
            for (boolean value : new boolean[] {true, false}) {
                int n = counts.getOrDefault(Boolean.toString(value), 0);
                bars.add(new Chart.Bar(Messages.get(value ? "classroom.bar.true" : "classroom.bar.false"), n,
                        share(n, answered), r.revealed() ? quiz.body(TrueFalseQuiz.Body.class).answer() == value : null));
            }
        } else {
            List<QuizOption> options = quiz.options();
            for (int i = 0; i < options.size(); i++) {
                int n = counts.getOrDefault(Integer.toString(i), 0);
                bars.add(new Chart.Bar(Messages.format("classroom.bar.option", AnswerText.letter(i),
                        AnswerText.plainText(options.get(i).text())), n, share(n, answered),
                        r.revealed() ? options.get(i).correct() : null));
            }
        }
        return new Chart.Bars(bars);
    }

    private static Chart classify(RoundResult r) {
        ClassifyQuiz.Body body = r.quiz().body(ClassifyQuiz.Body.class);
        List<String> buckets = body.buckets().stream().map(AnswerText::plainText).toList();
        List<Chart.PartRow> rows = new ArrayList<>();
        for (int item = 0; item < body.items().size(); item++) {
            rows.add(partRow(r, AnswerText.plainText(body.items().get(item).text()), item, buckets.size(),
                    body.items().get(item).bucket()));
        }
        return new Chart.Parts(buckets, rows);
    }

    /** Rows in the shuffled order the phones showed: the written order is the answer, not for the projector. */
    private static Chart order(RoundResult r) {
        OrderQuiz.Body body = r.quiz().body(OrderQuiz.Body.class);
        int n = body.steps().size();
        List<String> positions = new ArrayList<>();
        for (int p = 1; p <= n; p++) {
            positions.add(Integer.toString(p));
        }
        List<Chart.PartRow> rows = new ArrayList<>();
        for (int step : AnswerFormat.shownOrder(r.quiz())) {
            rows.add(partRow(r, AnswerText.plainText(body.steps().get(step).text()), step, n, step));
        }
        return new Chart.Parts(positions, rows);
    }

    /** Counts under "part:category" keys (Tally's form for classify and order). */
    private static Chart.PartRow partRow(RoundResult r, String label, int part, int categories, int rightCategory) {
        List<Integer> counts = new ArrayList<>();
        for (int c = 0; c < categories; c++) {
            counts.add(r.tally().counts().getOrDefault(part + ":" + c, 0));
        }
        int answered = r.tally().answered();
        return r.revealed()
                ? new Chart.PartRow(label, counts, answered, rightCategory, share(counts.get(rightCategory), answered))
                : new Chart.PartRow(label, counts, answered, -1, Double.NaN);
    }

    private static Chart dots(RoundResult r) {
        Quiz quiz = r.quiz();
        List<DotPlot.Guess> guesses = new ArrayList<>();
        for (ParticipantAnswer a : r.answers()) {
            guesses.add(new DotPlot.Guess(a.answer().doubleValue(), a.correct()));
        }
        Double marker = r.revealed() ? r.figure() : null;
        double allowed = marker == null ? 0 : allowed(quiz, marker);
        return new Chart.Dots(DotPlot.of(guesses, marker, allowed, DotPlot.COLUMNS), quiz.unit());
    }

    private static String rightText(RoundResult r) {
        Quiz quiz = r.quiz();
        return switch (quiz.type()) {
            case SINGLE, MULTIPLE -> {
                List<String> right = new ArrayList<>();
                for (int i = 0; i < quiz.options().size(); i++) {
                    if (quiz.options().get(i).correct()) {
                        right.add(AnswerText.letter(i));
                    }
                }
                yield Messages.format(right.size() == 1 ? "classroom.right.option" : "classroom.right.options",
                        String.join(", ", right));
            }
            case TRUE_FALSE -> Messages.get(quiz.body(TrueFalseQuiz.Body.class).answer()
                    ? "classroom.right.true" : "classroom.right.false");
            case NUMERIC -> Messages.format("classroom.right.number",
                    figure(quiz, quiz.body(NumericQuiz.Body.class).answer()));
            case PREDICT -> r.figure() == null ? Messages.get("classroom.right.noFigure")
                    : Messages.format("classroom.right.figure", figure(quiz, r.figure()));
            case CLASSIFY -> Messages.get("classroom.right.classify");
            case ORDER -> {
                OrderQuiz.Body body = quiz.body(OrderQuiz.Body.class);
                List<String> steps = new ArrayList<>();
                for (int i = 0; i < body.steps().size(); i++) {
                    steps.add((i + 1) + ". " + AnswerText.plainText(body.steps().get(i).text()));
                }
                yield Messages.format("classroom.right.order", String.join("  ", steps));
            }
        };
    }

    /** An answer in words for the names list: "B", "12.5", "APNs → Push; RSS → Pull". */
    private static String describe(Quiz quiz, JsonNode wire) {
        if (quiz.type() == QuizType.NUMERIC || quiz.type() == QuizType.PREDICT) {
            return Messages.format("classroom.guess", wire.doubleValue());
        }
        if (quiz.type() == QuizType.SINGLE || quiz.type() == QuizType.MULTIPLE) {
            List<Integer> chosen = new ArrayList<>();
            if (wire.isArray()) {
                wire.forEach(n -> chosen.add(n.intValue()));
            } else {
                chosen.add(wire.intValue());
            }
            return chosen.stream().map(AnswerText::letter).collect(Collectors.joining(", "));
        }
        if (quiz.type() == QuizType.TRUE_FALSE) {
            return Messages.get(wire.booleanValue() ? "classroom.bar.true" : "classroom.bar.false");
        }
        QuizAnswer answer = AnswerFormat.read(quiz, wire);
        return AnswerText.plainText(QuizAnswers.describe(quiz, QuizAnswers.store(quiz, answer)));
    }

    private static double share(int count, int answered) {
        return answered == 0 ? 0 : (double) count / answered;
    }
}
