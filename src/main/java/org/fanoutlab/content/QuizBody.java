package org.fanoutlab.content;

/**
 * What one quiz type adds to the common quiz fields (its options, buckets, steps…). Each type's body is a record
 * nested in that type's {@link QuizKind}, e.g. {@link ClassifyQuiz.Body}; {@link Quiz#body(Class)} reads it.
 */
public interface QuizBody {
}
