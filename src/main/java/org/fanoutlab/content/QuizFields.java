package org.fanoutlab.content;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.fanoutlab.content.problem.FileProblem;

/**
 * One quiz block while a {@link QuizKind} reads it: the located YAML, the name problems start with
 * ({@code quiz 'pull-wasted'}), the presets folder, and the list every problem goes to.
 */
record QuizFields(LocatedYaml yaml, String name, Path scenariosDir, List<FileProblem> problems) {

    JsonNode node(String key) {
        return yaml.root().get(key);
    }

    /** Problems found so far in this block (a kind compares counts to know whether its own checks passed). */
    int problemCount() {
        return problems.size();
    }

    void atKey(String key, String message) {
        problems.add(yaml.problemAtKey(key, name + ": " + message));
    }

    void atItem(String key, int index, String message) {
        problems.add(yaml.problemAtItem(key, index, name + ": " + message));
    }

    /** At a key inside a list item, e.g. {@code items, 2, bucket}. */
    void atPath(String message, Object... path) {
        problems.add(yaml.problemAtPath(name + ": " + message, path));
    }

    /**
     * The block bound into a kind's DTO record; null, with the problem recorded, when a value has the wrong shape
     * (Jackson stops at the first, so the kind's other checks are skipped).
     */
    <T> T bind(Class<T> dto) {
        try {
            return yaml.bind(dto, name);
        } catch (LocatedYaml.Unreadable e) {
            problems.add(e.problem());
            return null;
        }
    }

    /**
     * A kind's body: the block bound into the kind's DTO record, then checked and built by {@code read}. Null when
     * the block does not bind or {@code read} reports any problem; a body built beside a problem is dropped, so
     * {@code read} may build from values it has just found wrong.
     */
    <D, B> B body(Class<D> dtoType, Function<D, B> read) {
        D dto = bind(dtoType);
        if (dto == null) {
            return null;
        }
        int before = problemCount();
        B body = read.apply(dto);
        return problemCount() == before ? body : null;
    }

    /** Text that must be there: null, with a problem at the item, when it is missing or blank. */
    String requiredText(String value, String listKey, int index, String what) {
        if (value == null || value.isBlank()) {
            atItem(listKey, index, what);
            return null;
        }
        return value.strip();
    }

    /** "has 9 items; a classify quiz needs 3 to 8", at the list's key; false when the size is outside. */
    boolean checkCount(String key, int size, int min, int max, String what, QuizType type) {
        if (size < min || size > max) {
            atKey(key, "has " + size + " " + what + "; " + type.quizNoun() + " needs " + min + " to " + max);
            return false;
        }
        return true;
    }

    /** An item's text and feedback, both checked; either is null when it was missing. */
    record Written(String text, String feedback) {
    }

    /**
     * The text and feedback every classify item and order step needs: each must be there, and no two items may
     * read the same. {@code seen} carries the texts of the earlier items.
     *
     * @param why what the feedback should say, for the message when it is missing
     */
    Written textAndFeedback(String text, String feedback, String listKey, int index, String word,
                            java.util.Map<String, Integer> seen, String why) {
        String which = word + " " + (index + 1);
        String t = requiredText(text, listKey, index, which + " has no 'text'");
        checkDistinct(seen, t, listKey, index, word);
        String fb = requiredText(feedback, listKey, index, which + " has no 'feedback' (" + why + ")");
        return new Written(t, fb);
    }

    /**
     * Reports {@code text} when an earlier item of the list had the same text (ignoring case): a learner could not
     * tell the two apart. {@code seen} maps the texts so far to their item index.
     */
    private void checkDistinct(java.util.Map<String, Integer> seen, String text, String listKey, int index, String word) {
        if (text == null) {
            return;
        }
        Integer first = seen.putIfAbsent(text.toLowerCase(java.util.Locale.ROOT), index);
        if (first != null) {
            atPath(word + " " + (index + 1) + " repeats the text of " + word + " " + (first + 1)
                    + "; a learner could not tell them apart", listKey, index, "text");
        }
    }

    static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
