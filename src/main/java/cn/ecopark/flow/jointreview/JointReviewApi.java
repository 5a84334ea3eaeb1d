package cn.ecopark.flow.jointreview;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 加签 and 减签 on a case's running joint review (lead agency and administrators). */
@RestController
@RequestMapping("/api/cases/{caseNo}/joint-review/reviewers")
class JointReviewApi {

    private final JointReviewMembers members;

    JointReviewApi(JointReviewMembers members) {
        this.members = members;
    }

    record AddBody(String agency, String reason) {
    }

    record ReasonBody(String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    JointReviewMembers.Change add(@PathVariable String caseNo, @RequestBody(required = false) AddBody body) {
        return members.add(caseNo, body == null ? null : body.agency(), body == null ? null : body.reason());
    }

    @DeleteMapping("/{agency}")
    JointReviewMembers.Change remove(@PathVariable String caseNo, @PathVariable String agency,
                                     @RequestBody(required = false) ReasonBody body) {
        return members.remove(caseNo, agency, body == null ? null : body.reason());
    }
}
