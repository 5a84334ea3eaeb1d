package cn.ecopark.flow.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Checks our Chinese translation of the Camunda webapps against the English file shipped in the
 * camunda-webapp-webjar (read from the classpath): same keys, same {{placeholders}}, and no English
 * words left apart from a short list of technical names.
 */
class WebappZhLocaleTests {

  private static final String LOCALES = "META-INF/resources/webjars/camunda/app/%s/locales/%s.json";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([^}]*?)\\s*}}");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*");
  private static final Pattern DATE_PATTERN =
      Pattern.compile("(?i)yyyy-MM-ddTHH:mm:ss(\\.SSS)?");

  /** Names and abbreviations that are written in Latin letters in Chinese software too. */
  private static final Set<String> ALLOWED_WORDS = Set.of(
      "Camunda", "BPMN", "DMN", "XML", "JSON", "CSV", "LDAP", "Optimize", "F5", "Ctrl",
      // application resource ids an administrator has to type in Admin > Authorizations
      "cockpit", "tasklist",
      "PI", "DI", "TU", "FNI", "EDE", "Promise", "resolve");

  private final ObjectMapper mapper = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhHasExactlyTheKeysOfTheWebjarsEnglishFile(String app) throws IOException {
    JsonNode en = read(app, "en");
    JsonNode zh = read(app, "zh");

    assertEquals(fieldNames(en), fieldNames(zh), app + ": top-level sections differ");
    Set<String> missing = fieldNames(en.path("labels"));
    missing.removeAll(fieldNames(zh.path("labels")));
    Set<String> extra = fieldNames(zh.path("labels"));
    extra.removeAll(fieldNames(en.path("labels")));
    assertTrue(missing.isEmpty(), app + ": keys of the webjar's en.json missing in zh.json: " + missing);
    assertTrue(extra.isEmpty(), app + ": keys in zh.json that en.json does not have: " + extra);
    if (en.has("dateLocales")) {
      assertEquals(fieldNames(en.get("dateLocales")), fieldNames(zh.get("dateLocales")),
          app + ": dateLocales sections differ");
      for (String part : List.of("months", "monthsShort", "weekdays", "weekdaysShort", "weekdaysMin")) {
        assertEquals(en.get("dateLocales").get(part).size(), zh.get("dateLocales").get(part).size(),
            app + ": dateLocales." + part + " has the wrong number of entries");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void zhKeepsEveryPlaceholderAndLeavesNoEnglish(String app) throws IOException {
    JsonNode enLabels = read(app, "en").path("labels");
    JsonNode zhLabels = read(app, "zh").path("labels");
    List<String> problems = new ArrayList<>();

    for (Iterator<String> keys = enLabels.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      JsonNode zhValue = zhLabels.get(key);
      if (zhValue == null || !zhValue.isTextual()) {
        problems.add(key + ": missing or not text");
        continue;
      }
      String english = enLabels.get(key).asText();
      String chinese = zhValue.asText();
      if (!placeholders(english).equals(placeholders(chinese))) {
        problems.add(key + ": placeholders " + placeholders(english) + " became " + placeholders(chinese));
      }
      for (String word : englishWords(chinese)) {
        problems.add(key + ": English word '" + word + "' in \"" + chinese + "\"");
      }
    }
    assertTrue(problems.isEmpty(), app + ":\n" + String.join("\n", problems));
  }

  private JsonNode read(String app, String lang) throws IOException {
    String path = String.format(LOCALES, app, lang);
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
      assertNotNull(in, "not on the classpath: " + path);
      return mapper.readTree(in);
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  private static Set<String> englishWords(String text) {
    String visible = text
        .replaceAll("<[^>]*>", " ")
        .replaceAll("&[a-z]+;", " ")
        .replaceAll("\\{\\{[^}]*}}", " ");
    visible = DATE_PATTERN.matcher(visible).replaceAll(" ");
    Set<String> words = new TreeSet<>();
    Matcher m = WORD.matcher(visible);
    while (m.find()) {
      if (!ALLOWED_WORDS.contains(m.group())) {
        words.add(m.group());
      }
    }
    return words;
  }
}
