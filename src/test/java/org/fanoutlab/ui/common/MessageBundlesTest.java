package org.fanoutlab.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The feature bundles as a translator and a learner rely on them: every English bundle has a translation for each
 * language the UI offers, with exactly the same keys and placeholders; no key is in two bundles (a screen asks by key
 * alone); every bundle on disk is one {@link Messages} reads; every key the code asks for by name exists.
 */
class MessageBundlesTest {
    private static final Path RESOURCES = Path.of("src/main/resources/org/fanoutlab/ui");
    private static final Path SOURCES = Path.of("src/main/java/org/fanoutlab");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern KEY_IN_CODE =
            Pattern.compile("Messages\\.(?:get|format)\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    @Test
    void everyBundleHasATranslationWithTheSameKeysAndPlaceholders() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path english : englishBundles()) {
            Properties en = load(english);
            for (UiLanguage language : UiLanguage.values()) {
                if (language == UiLanguage.ENGLISH) {
                    continue;
                }
                Path file = english.resolveSibling("messages_" + language.tag() + ".properties");
                if (!Files.exists(file)) {
                    problems.add(file + ": missing (" + en.size() + " keys to translate)");
                    continue;
                }
                Properties tr = load(file);
                Set<String> missing = new TreeSet<>(en.stringPropertyNames());
                missing.removeAll(tr.stringPropertyNames());
                Set<String> extra = new TreeSet<>(tr.stringPropertyNames());
                extra.removeAll(en.stringPropertyNames());
                missing.forEach(k -> problems.add(file + ": no translation of " + k));
                extra.forEach(k -> problems.add(file + ": " + k + " is not in the English bundle"));
                for (String key : en.stringPropertyNames()) {
                    if (tr.containsKey(key) && !placeholders(en.getProperty(key))
                            .equals(placeholders(tr.getProperty(key)))) {
                        problems.add(file + ": " + key + " has placeholders " + placeholders(tr.getProperty(key))
                                + ", the English " + placeholders(en.getProperty(key)));
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Map<String, Path> firstSeen = new HashMap<>();
        List<String> twice = new ArrayList<>();
        for (Path bundle : englishBundles()) {
            for (String key : load(bundle).stringPropertyNames()) {
                Path other = firstSeen.putIfAbsent(key, bundle);
                if (other != null) {
                    twice.add(key + " in " + other + " and " + bundle);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyBundleOnDiskIsOneMessagesReads() throws IOException {
        for (Path bundle : englishBundles()) {
            String feature = bundle.getParent().getFileName().toString();
            assertThat(Messages.BUNDLES).as(bundle.toString()).contains("org.fanoutlab.ui." + feature + ".messages");
        }
    }

    @Test
    void translationsAreUtf8AndFormattedTextKeepsItsApostrophes() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path file : allBundles()) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(Files.readAllBytes(file)));
            } catch (CharacterCodingException e) {
                problems.add(file + ": not UTF-8 (Java would read it as Latin-1 and garble it)");
                continue;
            }
            Properties p = load(file);
            for (String key : p.stringPropertyNames()) {
                String value = p.getProperty(key);
                if (!PLACEHOLDER.matcher(value).find()) {
                    continue;
                }
                try {
                    new MessageFormat(value);
                } catch (IllegalArgumentException e) {
                    problems.add(file + ": " + key + " is not a valid MessageFormat pattern: " + e.getMessage());
                }
                if (value.replace("''", "").contains("'")) {
                    problems.add(file + ": " + key + " has a single apostrophe; in a text with {0} write it twice");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aTranslationDoesNotLeaveSentencesInEnglish() throws IOException {
        List<String> untranslated = new ArrayList<>();
        for (Path english : englishBundles()) {
            Properties en = load(english);
            for (UiLanguage language : UiLanguage.values()) {
                Path file = english.resolveSibling("messages_" + language.tag() + ".properties");
                if (language == UiLanguage.ENGLISH || !Files.exists(file)) {
                    continue;
                }
                Properties tr = load(file);
                for (String key : en.stringPropertyNames()) {
                    String value = en.getProperty(key);
                    long words = WORD.matcher(value).results().count();
                    if (words >= 4 && value.equals(tr.getProperty(key))) {
                        untranslated.add(file + ": " + key + " is the English text");
                    }
                }
            }
        }
        assertThat(untranslated).isEmpty();
    }

    @Test
    void everyKeyTheCodeAsksForByNameExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path bundle : englishBundles()) {
            known.addAll(load(bundle).stringPropertyNames());
        }
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(source));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(source + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Set<String> placeholders(String value) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(value);
        while (m.find()) {
            out.add("{" + m.group(1) + "}");
        }
        return out;
    }

    private static List<Path> englishBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().equals("messages.properties")).sorted().toList();
        }
    }

    private static List<Path> allBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(f -> f.getFileName().toString().matches("messages(_[a-z]{2,3})?\\.properties"))
                    .sorted().toList();
        }
    }

    /** As {@link java.util.ResourceBundle} reads it: UTF-8. */
    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        return p;
    }
}
