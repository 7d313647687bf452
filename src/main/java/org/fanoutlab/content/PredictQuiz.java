package org.fanoutlab.content;

import java.util.List;

/**
 * {@code predict}: the learner guesses a figure, then the engine runs the preset and the guess is graded against
 * the engine's figure ({@link QuizGrader#gradePrediction}); right within max(tolerance, tolerancePercent %).
 */
public final class PredictQuiz extends NumberQuiz<PredictQuiz.Body> {

    /**
     * @param preset           a name in lessons/scenarios/
     * @param metric           a metric name of {@link PresetFigures}, latency as deliveryLatencySeconds.p50 etc.
     * @param tolerance        absolute floor
     * @param tolerancePercent relative tolerance in percent
     * @param unit             shown beside the input, may be null
     */
    public record Body(String preset, String metric, double tolerance, double tolerancePercent, String unit)
            implements NumberQuiz.Figure {
    }

    record Dto(String preset, String metric, Double tolerance, Double tolerancePercent, String unit) {
    }

    PredictQuiz() {
        super(Body.class, List.of("preset", "metric", "tolerance", "tolerancePercent", "unit"), List.of("preset", "metric"));
    }

    @Override
    public boolean needsEngineFigure() {
        return true;
    }

    @Override
    Body read(QuizFields f, QuizType type) {
        return f.body(Dto.class, dto -> {
            QuizGrader.checkNotNegative(f, "tolerance", dto.tolerance());
            QuizGrader.checkNotNegative(f, "tolerancePercent", dto.tolerancePercent());
            if (!PresetFigures.isKnownMetric(dto.metric().strip())) {
                f.atKey("metric", "unknown metric '" + dto.metric()
                        + "' (use a metric name that run reports, e.g. wastedPerUseful or deliveryLatencySeconds.p99)");
            }
            ContentPaths.presetProblem(f.scenariosDir(), dto.preset().strip()).ifPresent(m -> f.atKey("preset", m));
            return new Body(dto.preset().strip(), dto.metric().strip(), dto.tolerance() == null ? 0 : dto.tolerance(),
                    dto.tolerancePercent() == null ? 0 : dto.tolerancePercent(), QuizFields.strip(dto.unit()));
        });
    }

    /** A prediction needs the engine's figure: use {@link QuizGrader#gradePrediction}. */
    @Override
    Grade grade(Quiz quiz, Body body, QuizAnswer.Number answer) {
        throw new IllegalArgumentException(
                "quiz '" + quiz.id() + "' is a predict quiz: grade it with gradePrediction and the engine's figure");
    }

    Grade gradePrediction(Quiz quiz, Body body, double guess, double actual) {
        double allowed = Math.max(body.tolerance(), body.tolerancePercent() / 100.0 * Math.abs(actual));
        double diff = guess - actual;
        boolean correct = QuizGrader.within(Math.abs(diff), allowed, actual);
        String unit = body.unit();
        String yours = yours("guess", guess, unit);
        String feedback;
        if (Math.abs(diff) == 0) {
            feedback = yours + "exactly the engine's figure.";
        } else {
            String off = QuizGrader.figure(Math.abs(diff), unit) + percentOf(diff, actual)
                    + (diff < 0 ? " below" : " above");
            feedback = yours + off + " the engine's figure, " + QuizGrader.figure(actual, unit)
                    + (correct ? ", close enough to count" : "") + "; guesses within "
                    + QuizGrader.figure(allowed, unit) + " of it count as right.";
        }
        return new Grade(correct, feedback, quiz.explain(), actual);
    }

    private static String percentOf(double diff, double actual) {
        if (actual == 0) {
            return "";
        }
        return " (" + QuizGrader.format(Math.abs(diff) / Math.abs(actual) * 100) + "%)";
    }
}
