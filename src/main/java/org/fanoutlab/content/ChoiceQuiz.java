package org.fanoutlab.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** {@code single} (exactly one correct option) and {@code multiple} (at least one): 2 to 6 options with feedback. */
public final class ChoiceQuiz extends QuizKind<ChoiceQuiz.Body, QuizAnswer.Choice> {
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 6;

    public record Body(List<QuizOption> options) implements QuizBody {
        public Body {
            options = List.copyOf(options);
        }
    }

    record OptionDto(String text, Boolean correct, String feedback) {
    }

    record Dto(List<OptionDto> options) {
    }

    private final boolean multiple;

    ChoiceQuiz(boolean multiple) {
        super(Body.class, QuizAnswer.Choice.class, List.of("options"), List.of("options"),
                new ItemList("options", "option", List.of("text", "correct", "feedback")));
        this.multiple = multiple;
    }

    @Override
    Body read(QuizFields f, QuizType type) {
        return f.body(Dto.class, dto -> {
            List<OptionDto> options = dto.options();
            f.checkCount("options", options.size(), MIN_OPTIONS, MAX_OPTIONS, "options", type);
            int correct = 0;
            List<QuizOption> out = new ArrayList<>();
            for (int i = 0; i < options.size(); i++) {
                OptionDto option = options.get(i);
                if (option == null) {
                    f.atItem("options", i, "option " + (i + 1) + " is empty");
                    continue;
                }
                String text = f.requiredText(option.text(), "options", i, "option " + (i + 1) + " has no 'text'");
                String feedback = f.requiredText(option.feedback(), "options", i, "option " + (i + 1)
                        + " has no 'feedback' (say why it is right, or what misconception it shows)");
                boolean right = Boolean.TRUE.equals(option.correct());
                if (right) {
                    correct++;
                }
                out.add(new QuizOption(text, right, feedback));
            }
            if (!multiple && correct != 1) {
                f.atKey("options", "a single quiz needs exactly 1 correct option, found " + correct);
            }
            if (multiple && correct == 0) {
                f.atKey("options", "a multiple quiz needs at least 1 correct option");
            }
            return new Body(out);
        });
    }

    @Override
    Grade grade(Quiz quiz, Body body, QuizAnswer.Choice choice) {
        List<QuizOption> options = body.options();
        Set<Integer> chosen = new TreeSet<>(choice.chosen());
        Set<Integer> right = new TreeSet<>();
        for (int i = 0; i < options.size(); i++) {
            if (options.get(i).correct()) {
                right.add(i);
            }
        }
        for (int i : chosen) {
            if (i < 0 || i >= options.size()) {
                throw new IllegalArgumentException("quiz '" + quiz.id() + "' has no option " + i);
            }
        }
        if (chosen.isEmpty()) {
            return new Grade(false, "No option was chosen.", quiz.explain(), null);
        }
        boolean correct = chosen.equals(right);
        List<String> feedback = new ArrayList<>();
        for (int i : chosen) {
            feedback.add(options.get(i).feedback());
        }
        boolean partlyRight = multiple && !correct && chosen.stream().anyMatch(right::contains);
        if (partlyRight) {
            List<String> missed = right.stream().filter(i -> !chosen.contains(i))
                    .map(i -> "\u201c" + options.get(i).text() + "\u201d").toList();
            if (!missed.isEmpty()) {
                feedback.add((missed.size() == 1 ? "You missed a correct option: " : "You missed "
                        + missed.size() + " correct options: ") + String.join("; ", missed) + ".");
            }
        }
        return new Grade(correct, String.join("\n", feedback), quiz.explain(), null);
    }

    /** Option letters: "B", "A, C". */
    @Override
    String store(Body body, QuizAnswer.Choice answer) {
        StringBuilder sb = new StringBuilder();
        for (int i : new TreeSet<>(answer.chosen())) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(letter(i));
        }
        return sb.toString();
    }

    @Override
    Optional<QuizAnswer.Choice> restore(Body body, String stored) {
        Set<Integer> chosen = new TreeSet<>();
        for (String part : stored.split(",")) {
            String p = part.trim().toUpperCase(Locale.ROOT);
            if (p.length() != 1 || p.charAt(0) < 'A' || p.charAt(0) - 'A' >= body.options().size()) {
                return Optional.empty();
            }
            chosen.add(p.charAt(0) - 'A');
        }
        return Optional.of(new QuizAnswer.Choice(chosen));
    }

    /** "B – The consumer; C – Nobody", so the review reads without the lesson open. */
    @Override
    String describe(Body body, QuizAnswer.Choice answer) {
        List<String> parts = new ArrayList<>();
        for (int i : new TreeSet<>(answer.chosen())) {
            parts.add(letter(i) + " \u2013 " + body.options().get(i).text());
        }
        return String.join("; ", parts);
    }

    /** Option letter for an index: 0 → A. */
    public static String letter(int index) {
        return String.valueOf((char) ('A' + index));
    }
}
