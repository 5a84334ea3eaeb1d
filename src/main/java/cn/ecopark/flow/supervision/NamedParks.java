package cn.ecopark.flow.supervision;

import cn.ecopark.flow.park.ParkStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/** The parks that hold the title now, with the date they were named: what the re-inspection schedule reads. */
@Component
class NamedParks {

    record NamedPark(Long id, LocalDate namedOn) {
    }

    private final JdbcClient jdbc;

    NamedParks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<NamedPark> all() {
        return jdbc.sql("SELECT id, named_on FROM park WHERE status = ? AND named_on IS NOT NULL ORDER BY id")
                .param(ParkStatus.NAMED.name())
                .query((rs, row) -> new NamedPark(rs.getLong("id"), rs.getDate("named_on").toLocalDate()))
                .list();
    }
}
