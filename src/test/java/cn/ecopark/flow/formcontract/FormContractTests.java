package cn.ecopark.flow.formcontract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The forms are the contract clients are held to: read them as the engine guard does, and check what they let a client write. */
class FormContractTests {

    /** What the system writes: a case's identity, its routing decisions and rule results. No form may let a person write them. */
    static final Set<String> SYSTEM_VARIABLES = Set.of("applicant", "caseNo", "caseTitle", "cityName", "cityGroup",
            "applicationId", "parkId", "projectId", "reviewId", "violationId", "parkContact", "eligible", "mature",
            "evaluationVerdict", "reviewVerdict", "sanction", "spotCheckRequired", "jointReviewOutcome", "recommended",
            "publicNoticeEndsAt", "rectificationDeadline", "commitmentDue", "stillBuilding", "subsidyOutstanding", "reviewsStarted", "noticePurpose");

    @Test
    void aFormDeclaresNestedFieldsAndSeparatesWhatItOnlyShows() throws IOException {
        FormContract form = read("park-joint-review.form");
        assertThat(form.formId()).isEqualTo("parkJointReview");
        assertThat(form.editable()).containsExactlyInAnyOrder("decision", "basis", "conditions", "comment");
        assertThat(form.shown()).contains("applicationNo", "parkName", "cityName", "threeLinesCompliant").doesNotContain("decision");
        assertThat(form.declares("commerceJointReviewDecision")).isFalse();
    }

    @Test
    void noFormLetsAPersonWriteWhatTheSystemWrites() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path path : forms.filter(p -> p.toString().endsWith(".form")).sorted().toList()) {
                FormContract form = read(path.getFileName().toString());
                for (String field : form.editable()) {
                    if (SYSTEM_VARIABLES.contains(field) || field.endsWith("Decision")) {
                        problems.add(path.getFileName() + ": " + field);
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyFormReferenceOfEveryModelNamesADeployedForm() throws IOException {
        Map<String, Path> formsById = new HashMap<>();
        try (Stream<Path> forms = Files.list(Path.of("forms"))) {
            for (Path path : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
                formsById.put(read(path.getFileName().toString()).formId(), path);
            }
        }
        Pattern formRef = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
        List<String> missing = new ArrayList<>();
        int references = 0;
        try (Stream<Path> models = Files.list(Path.of("processes"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                Matcher matcher = formRef.matcher(Files.readString(model));
                while (matcher.find()) {
                    references++;
                    if (!formsById.containsKey(matcher.group(1))) {
                        missing.add(model.getFileName() + " → " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(references).isGreaterThan(30);
        assertThat(missing).isEmpty();
    }

    private static FormContract read(String file) throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("forms", file))) {
            return FormContract.parse(in);
        }
    }
}
