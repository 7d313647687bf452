package org.fanoutlab.classroom;

import org.fanoutlab.content.TrueFalseQuiz;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fanoutlab.content.ClassifyQuiz;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.OrderQuiz;
import org.fanoutlab.content.QuizOption;
import org.fanoutlab.content.QuizType;
import org.junit.jupiter.api.Test;

/** A question pushed to phones gives nothing away: checked for every quiz of the real course and each type's sample. */
class QuestionPayloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noQuestionOfTheCourseCarriesItsAnswerFeedbackHintOrExplanation() throws Exception {
        Course course = CourseLoader.load(Path.of("lessons"));
        // The course's quizzes, and one of each type the room answers (the course may not have every type yet).
        List<QuizCatalog.Entry> entries = new ArrayList<>(QuizCatalog.of(course, null).entries());
        assertThat(entries).hasSizeGreaterThan(30);
        ClassQuizzes.ALL.forEach(q -> entries.add(new QuizCatalog.Entry("samples", "Samples", q)));
        QuizCatalog catalog = QuizCatalog.of(entries);
        Room room = new Room(catalog, RoomSettings.withMax(5), new TestClock(), new Random(3));
        Participant p = room.join(room.code().value(), null);
        int asked = 0;
        int classify = 0;
        int order = 0;
        for (QuizCatalog.Entry e : catalog.entries()) {
            if (!e.askable()) {
                continue;
            }
            Quiz quiz = e.quiz();
            room.ask(quiz.id());
            asked++;
            String question = lastEvent(room, p);
            JsonNode data = JSON.readTree(question);

            List<String> keys = new ArrayList<>();
            data.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).as(quiz.id()).isSubsetOf("quiz", "round", "type", "prompt", "options", "unit", "buckets",
                    "items", "steps", "yours");
            List<String> texts = new ArrayList<>();
            collectTexts(data, texts);
            for (String secret : secrets(quiz)) {
                assertThat(texts).as(quiz.id() + " must not carry: " + secret).noneMatch(t -> t.contains(secret));
            }
            for (String list : List.of("options", "buckets", "items", "steps")) {
                if (data.has(list)) {
                    assertThat(data.get(list)).as(quiz.id() + " " + list + ": texts only").allMatch(JsonNode::isTextual);
                }
            }
            if (quiz.type() == QuizType.CLASSIFY) {
                classify++;
                assertThat(texts(data.get("items"))).containsExactlyElementsOf(
                        quiz.body(ClassifyQuiz.Body.class).items().stream().map(ClassifyQuiz.Item::text).toList());
            }
            if (quiz.type() == QuizType.ORDER) {
                order++;
                List<String> written = quiz.body(OrderQuiz.Body.class).steps().stream().map(OrderQuiz.Step::text)
                        .toList();
                List<String> listed = texts(data.get("steps"));
                assertThat(listed).as(quiz.id() + ": every step").containsExactlyInAnyOrderElementsOf(written);
                for (int i = 0; i < listed.size(); i++) {
                    assertThat(listed.get(i)).as(quiz.id() + ": no step listed in its own place")
                            .isNotEqualTo(written.get(i));
                }
                assertThat(listed).as(quiz.id() + ": the shuffle every phone starts from").containsExactlyElementsOf(
                        OrderQuiz.initialOrder(quiz.id(), written.size()).stream().map(written::get).toList());
            }
        }
        assertThat(classify).as("classify quizzes").isPositive();
        assertThat(order).as("order quizzes").isPositive();
        assertThat(asked).isEqualTo(catalog.entries().stream().filter(QuizCatalog.Entry::askable).count())
                .isGreaterThan(30);
    }

    private static List<String> secrets(Quiz quiz) {
        List<String> s = new ArrayList<>();
        s.add(quiz.explain());
        s.add(quiz.hint());
        for (QuizOption o : quiz.options()) {
            s.add(o.feedback());
        }
        if (quiz.body() instanceof TrueFalseQuiz.Body body) {
            s.add(body.whenTrue());
            s.add(body.whenFalse());
        }
        if (quiz.body() instanceof ClassifyQuiz.Body body) {
            body.items().forEach(item -> s.add(item.feedback()));
        }
        if (quiz.body() instanceof OrderQuiz.Body body) {
            body.steps().forEach(step -> s.add(step.feedback()));
        }
        return s.stream().filter(x -> x != null && !x.isBlank()).toList();
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.textValue()));
        return out;
    }

    private static void collectTexts(JsonNode node, List<String> out) {
        if (node.isTextual()) {
            out.add(node.textValue());
        }
        node.forEach(child -> collectTexts(child, out));
    }

    private static String lastEvent(Room room, Participant p) throws InterruptedException {
        PushConnection c = room.connect(p, room.lastEventId() - 1);
        RoomEvent e = (RoomEvent) c.next(0);
        return room.render(e, p);
    }
}
