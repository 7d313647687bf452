package org.fanoutlab.classroom;

import java.util.List;

/**
 * A session's answers as CSV, one row per participant and round:
 * {@code round,quiz,type,asked_at,participant,name,answer,answered_at,correct,figure}. The answer is in the API's
 * JSON form ({@code 2}, {@code [0,2]}, {@code true}, {@code 12.5}); {@code correct} is empty before the reveal.
 * Names are quoted as CSV needs and, when they start like a formula ({@code =}, {@code +}, {@code -}, {@code @}),
 * prefixed with an apostrophe so a spreadsheet shows them instead of evaluating them.
 */
public final class SessionCsv {
    public static final String HEADER = "round,quiz,type,asked_at,participant,name,answer,answered_at,correct,figure";

    private SessionCsv() {
    }

    public static String write(List<RoundResult> rounds) {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (RoundResult r : rounds) {
            String figure = r.figure() == null ? "" : AnswerFormat.plain(r.figure());
            for (ParticipantAnswer a : r.answers()) {
                sb.append(r.round()).append(',')
                        .append(cell(r.quiz().id())).append(',')
                        .append(r.quiz().type().id()).append(',')
                        .append(r.askedAt()).append(',')
                        .append("p").append(a.participant()).append(',')
                        .append(a.name() == null ? "" : cell(defuse(a.name()))).append(',')
                        .append(cell(a.answer().toString())).append(',')
                        .append(a.at()).append(',')
                        .append(a.correct() == null ? "" : a.correct().toString()).append(',')
                        .append(figure).append('\n');
            }
        }
        return sb.toString();
    }

    static String cell(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static String defuse(String name) {
        char first = name.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + name : name;
    }
}
