package cn.ecopark.flow.library;

import cn.ecopark.flow.park.ParkStatus;
import cn.ecopark.flow.support.EcoparkSpringTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A project that goes through both libraries is one record, and what it got in one library counts in the other. */
@EcoparkSpringTest
class SharedProjectRecordTests {

    @Autowired
    LibraryDriver driver;
    @Autowired
    LibraryProjectRepository projects;

    long projectIdOf(ProcessInstance instance) {
        return driver.project(instance).getId();
    }

    @Test
    void bothLibrariesShareOneProjectRecord() {
        Map<String, Object> form = LibraryDriver.pollutionRequest(driver.park(ParkStatus.APPROVED_TO_BUILD));
        ProcessInstance pollution = driver.submit(Library.POLLUTION_PREVENTION, form);
        long projectId = projectIdOf(pollution);

        Map<String, Object> green = LibraryDriver.greenRequest(form);
        green.put("readiness", "UNDER_CONSTRUCTION");
        green.put("contactPhone", "13906310001");
        ProcessInstance finance = driver.submit(Library.GREEN_FINANCE, green);
        assertThat(projectIdOf(finance)).isEqualTo(projectId);
        assertThat(projects.findAll()).filteredOn(p -> p.getProjectName().equals(form.get("projectName"))).hasSize(1);
        assertThat(driver.formShows("reform-clerk", finance, "reformRecommendation").get("pollutionStandingName"))
                .isEqualTo("审核中（" + pollution.getBusinessKey() + "）");

        driver.opinion("ecology-clerk", pollution, "ecologyEntryReview", "APPROVE", "符合入库条件", false);
        driver.fund(pollution, "SECOND", 800, "2027-04-01");
        driver.recommend(finance);
        driver.admit(finance);
        LibraryProject project = projects.findById(projectId).orElseThrow();
        assertThat(project.getIntakes()).extracting(LibraryIntake::getLibrary, LibraryIntake::getStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Library.POLLUTION_PREVENTION, IntakeStatus.ADMITTED_FUNDED),
                        org.assertj.core.groups.Tuple.tuple(Library.GREEN_FINANCE, IntakeStatus.ADMITTED_FOLLOW_UP));
        // The latest declaration is the project's data in both libraries.
        assertThat(project.data().readiness()).isEqualTo(Readiness.UNDER_CONSTRUCTION);
        assertThat(project.data().contactPhone()).isEqualTo("13906310001");
        // In a park approved to build, being in the pollution-prevention library earns the preferential rate.
        assertThat(project.intake(finance.getBusinessKey()).preferences().names())
                .containsExactly("贷款审查审批优先", "贷款投放优先", "优惠利率");
        assertThat(driver.formShows("cdb-clerk", finance, "cdbFollowUp").get("pollutionStandingName"))
                .isEqualTo("已入库，已安排资金（" + pollution.getBusinessKey() + "，一般支持），已安排资金 800.00 万元");
    }
}
