package org.fanoutlab.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.fanoutlab.content.PredictQuiz;
import org.fanoutlab.content.PresetFigures;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizType;
import org.fanoutlab.content.scenario.ScenarioFileException;

/**
 * Runs a predict quiz's preset headless, once per preset and metric, on the given executor. A preset that cannot
 * be read or run gives no figure: the reveal then says guesses are not marked, and the room goes on.
 */
public final class PresetFigureSource implements FigureSource {
    private final Function<String, Path> presetFile;
    private final Executor executor;
    private final Map<String, CompletableFuture<Double>> figures = new ConcurrentHashMap<>();

    /** Runs presets on a daemon thread of its own. */
    public PresetFigureSource(Function<String, Path> presetFile) {
        this(presetFile, Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "class-room-figures");
            t.setDaemon(true);
            return t;
        }));
    }

    /**
     * @param presetFile a preset's name → its file ({@code Course::preset})
     */
    public PresetFigureSource(Function<String, Path> presetFile, Executor executor) {
        this.presetFile = presetFile;
        this.executor = executor;
    }

    @Override
    public void prepare(Quiz quiz) {
        if (quiz.type() == QuizType.PREDICT) {
            future(quiz);
        }
    }

    @Override
    public Double figure(Quiz quiz) {
        if (quiz.type() != QuizType.PREDICT) {
            return null;
        }
        try {
            return future(quiz).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            return null;
        }
    }

    private CompletableFuture<Double> future(Quiz quiz) {
        PredictQuiz.Body p = quiz.body(PredictQuiz.Body.class);
        return figures.computeIfAbsent(p.preset() + "\n" + p.metric(), key -> CompletableFuture.supplyAsync(() -> {
            try {
                return PresetFigures.run(presetFile.apply(p.preset()), p.metric());
            } catch (IOException | ScenarioFileException | RuntimeException e) {
                return null;
            }
        }, executor));
    }
}
