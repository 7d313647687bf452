package org.fanoutlab.ui.quiz;

import org.fanoutlab.content.Grade;
import org.fanoutlab.content.Quiz;
import org.fanoutlab.content.QuizAnswer;
import org.fanoutlab.content.QuizGrader;

/** How a panel grades; {@link #STANDARD} is the course's {@link QuizGrader}. A seam so view-model tests stay small. */
interface Grading {

    Grade grade(Quiz quiz, QuizAnswer answer);

    Grade gradePrediction(Quiz quiz, double guess, double actual);

    Grading STANDARD = new Grading() {
        @Override
        public Grade grade(Quiz quiz, QuizAnswer answer) {
            return QuizGrader.grade(quiz, answer);
        }

        @Override
        public Grade gradePrediction(Quiz quiz, double guess, double actual) {
            return QuizGrader.gradePrediction(quiz, guess, actual);
        }
    };
}
