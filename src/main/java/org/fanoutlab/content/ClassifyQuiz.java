package org.fanoutlab.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code classify}: the learner puts each of 3 to 8 items into one of 2 to 4 buckets. Right when every item is in
 * its bucket; each item has its own feedback. Answer: {@link QuizAnswer.Classification}, item index → bucket index.
 */
public final class ClassifyQuiz extends QuizKind<ClassifyQuiz.Body, QuizAnswer.Classification> {
    public static final int MIN_BUCKETS = 2;
    public static final int MAX_BUCKETS = 4;
    public static final int MIN_ITEMS = 3;
    public static final int MAX_ITEMS = 8;

    /** @param bucket the index of the item's bucket in {@link Body#buckets()} */
    public record Item(String text, int bucket, String feedback) {
    }

    public record Body(List<String> buckets, List<Item> items) implements QuizBody {
        public Body {
            buckets = List.copyOf(buckets);
            items = List.copyOf(items);
        }
    }

    record ItemDto(String text, String bucket, String feedback) {
    }

    record Dto(List<String> buckets, List<ItemDto> items) {
    }

    ClassifyQuiz() {
        super(Body.class, QuizAnswer.Classification.class, List.of("buckets", "items"), List.of("buckets", "items"),
                new ItemList("items", "item", List.of("text", "bucket", "feedback")));
    }

    @Override
    Body read(QuizFields f, QuizType type) {
        return f.body(Dto.class, dto -> {
            List<String> buckets = new ArrayList<>();
            Map<String, Integer> bucketIndex = new HashMap<>();
            f.checkCount("buckets", dto.buckets().size(), MIN_BUCKETS, MAX_BUCKETS, "buckets", type);
            for (int i = 0; i < dto.buckets().size(); i++) {
                String label = f.requiredText(dto.buckets().get(i), "buckets", i, "bucket " + (i + 1) + " has no label");
                if (label != null && bucketIndex.putIfAbsent(label, i) != null) {
                    f.atItem("buckets", i, "bucket '" + label + "' is listed twice");
                }
                buckets.add(label);
            }
            List<ItemDto> items = dto.items();
            f.checkCount("items", items.size(), MIN_ITEMS, MAX_ITEMS, "items", type);
            List<Item> out = new ArrayList<>();
            Map<String, Integer> texts = new HashMap<>();
            for (int i = 0; i < items.size(); i++) {
                ItemDto item = items.get(i);
                if (item == null) {
                    f.atItem("items", i, "item " + (i + 1) + " is empty");
                    continue;
                }
                QuizFields.Written written = f.textAndFeedback(item.text(), item.feedback(), "items", i, "item", texts,
                        "say why it belongs in its bucket");
                int bucket = bucketOf(f, item, i, bucketIndex);
                out.add(new Item(written.text(), bucket, written.feedback()));
            }
            return new Body(buckets, out);
        });
    }

    private static int bucketOf(QuizFields f, ItemDto item, int i, Map<String, Integer> bucketIndex) {
        String which = "item " + (i + 1);
        if (item.bucket() == null || item.bucket().isBlank()) {
            f.atItem("items", i, which + " has no 'bucket' (one of the buckets)");
            return -1;
        }
        String bucket = item.bucket().strip();
        Integer index = bucketIndex.get(bucket);
        if (index != null) {
            return index;
        }
        String close = bucketIndex.keySet().stream().filter(b -> b.equalsIgnoreCase(bucket)).findFirst()
                .map(b -> "; did you mean '" + b + "'?").orElse("");
        f.atPath(which + ": bucket '" + bucket + "' is not one of the buckets ("
                + String.join(", ", bucketIndex.keySet().stream().sorted(java.util.Comparator.comparing(bucketIndex::get))
                .toList()) + ")" + close, "items", i, "bucket");
        return -1;
    }

    @Override
    Grade grade(Quiz quiz, Body body, QuizAnswer.Classification answer) {
        List<Integer> placed = answer.bucketOfItem();
        if (placed.size() != body.items().size()) {
            throw new IllegalArgumentException("quiz '" + quiz.id() + "' has " + body.items().size()
                    + " items, the answer places " + placed.size());
        }
        List<ItemVerdict> verdicts = new ArrayList<>();
        int right = 0;
        for (int i = 0; i < placed.size(); i++) {
            int b = placed.get(i);
            if (b != QuizAnswer.Classification.UNPLACED && (b < 0 || b >= body.buckets().size())) {
                throw new IllegalArgumentException("quiz '" + quiz.id() + "' has no bucket " + b);
            }
            Item item = body.items().get(i);
            boolean ok = b == item.bucket();
            String home = body.buckets().get(item.bucket());
            String where;
            if (ok) {
                right++;
                where = "Right: " + home + ". ";
            } else if (b == QuizAnswer.Classification.UNPLACED) {
                where = "Not sorted; it belongs in " + home + ". ";
            } else {
                where = "It belongs in " + home + ", not " + body.buckets().get(b) + ". ";
            }
            verdicts.add(new ItemVerdict(i, ok, where + item.feedback()));
        }
        int n = placed.size();
        String summary = right == n ? "All " + n + " items are in the right bucket."
                : right + " of " + n + " items are in the right bucket.";
        return new Grade(right == n, summary, quiz.explain(), null, verdicts);
    }

    /** Bucket numbers (from 1) in item order: "1, 3, 2"; an unplaced item is "-". */
    @Override
    String store(Body body, QuizAnswer.Classification answer) {
        return QuizAnswers.numbers(answer.bucketOfItem());
    }

    @Override
    Optional<QuizAnswer.Classification> restore(Body body, String stored) {
        return QuizAnswers.parseNumbers(stored, body.items().size(), body.buckets().size())
                .map(QuizAnswer.Classification::new);
    }

    /** "APNs → Push; RSS → Pull". */
    @Override
    String describe(Body body, QuizAnswer.Classification answer) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < body.items().size() && i < answer.bucketOfItem().size(); i++) {
            int b = answer.bucketOfItem().get(i);
            parts.add(body.items().get(i).text() + " \u2192 "
                    + (b >= 0 && b < body.buckets().size() ? body.buckets().get(b) : "not sorted"));
        }
        return String.join("; ", parts);
    }
}
