package cn.ecopark.flow.agency;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Group ids stay; names carry dates, and only confirmed renames are recorded. */
class AgencyNamesTests {

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void cbircShandongIsTheNfraShandongOfficeFrom2023() {
        assertThat(Agency.CBIRC.shortNameOn(LocalDate.of(2021, 10, 28))).isEqualTo("山东银保监局");
        assertThat(Agency.CBIRC.fullNameOn(LocalDate.of(2022, 12, 31))).isEqualTo("中国银行保险监督管理委员会山东监管局");
        assertThat(Agency.CBIRC.shortNameOn(LocalDate.of(2024, 3, 1))).isEqualTo("国家金融监督管理总局山东监管局");
        assertThat(StaffGroup.displayName("cbirc", LocalDate.of(2022, 6, 30))).isEqualTo("山东银保监局");
        assertThat(Agency.CBIRC.groupId()).isEqualTo("cbirc");

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2022-06-30T02:00:00Z")));
        assertThat(StaffGroup.displayName("cbirc")).isEqualTo("山东银保监局");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-29T02:00:00Z")));
        assertThat(StaffGroup.displayName("cbirc")).isEqualTo("国家金融监督管理总局山东监管局");
    }

    @Test
    void unconfirmedRenamesAreNotInvented() {
        LocalDate today = LocalDate.of(2026, 11, 29);
        assertThat(Agency.PBOC.shortNameOn(today)).isEqualTo("人民银行济南分行");
        assertThat(Agency.FINSUP.shortNameOn(today)).isEqualTo("省地方金融监管局");
        assertThat(Agency.ECOLOGY.fullNameOn(today)).isEqualTo("山东省生态环境厅");
    }
}
