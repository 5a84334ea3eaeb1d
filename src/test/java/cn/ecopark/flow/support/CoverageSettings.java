package cn.ecopark.flow.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A workflow's process test class must take every flow of its model: the class fails otherwise. Only
 * the *ProcessTests classes count; security and web tests start cases without walking them through.
 */
@TestConfiguration
public class CoverageSettings {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .addInclusionPatternForTestClasses(".*ProcessTests")
                .assertClassCoverageAtLeast(1.0)
                .build();
    }
}
