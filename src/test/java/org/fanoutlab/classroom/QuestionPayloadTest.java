package org.fanoutlab.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.fanoutlab.content.Course;
import org.fanoutlab.content.CourseLoader;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizOption;
import org.junit.jupiter.api.Test;

/** A question pushed to phones gives nothing away: checked for every quiz of the real course. */
class QuestionPayloadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noQuestionOfTheCourseCarriesItsAnswerFeedbackHintOrExplanation() throws Exception {
        Course course = CourseLoader.load(Path.of("lessons"));
        QuizCatalog catalog = QuizCatalog.of(course, null);
        assertThat(catalog.entries()).hasSizeGreaterThan(30);
        Room room = new Room(catalog, RoomSettings.withMax(5), new TestClock(), new Random(3));
        Participant p = room.join(room.code().value(), null);
        int asked = 0;
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
            assertThat(keys).as(quiz.id()).isSubsetOf("quiz", "round", "type", "prompt", "options", "unit", "yours");
            List<String> texts = new ArrayList<>();
            collectTexts(data, texts);
            for (String secret : secrets(quiz)) {
                assertThat(texts).as(quiz.id() + " must not carry: " + secret).noneMatch(t -> t.contains(secret));
            }
            if (data.has("options")) {
                assertThat(data.get("options")).allMatch(JsonNode::isTextual);
            }
        }
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
        if (quiz.whenTrue() != null) {
            s.add(quiz.whenTrue());
            s.add(quiz.whenFalse());
        }
        return s.stream().filter(x -> x != null && !x.isBlank()).toList();
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
