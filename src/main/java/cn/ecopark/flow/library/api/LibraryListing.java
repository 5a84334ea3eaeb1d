package cn.ecopark.flow.library.api;

import cn.ecopark.flow.library.IntakeStatus;
import cn.ecopark.flow.library.Library;
import cn.ecopark.flow.library.LibraryIntake;
import cn.ecopark.flow.library.LibraryProject;
import cn.ecopark.flow.library.LibraryProjectRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The projects admitted to a library, one page at a time: first priority before second before reserve, then
 * by admission date. The page is chosen in SQL; the projects are then read as whole aggregates.
 */
@Component
class LibraryListing {

    private static final List<String> ADMITTED = Arrays.stream(IntakeStatus.values())
            .filter(IntakeStatus::admitted).map(Enum::name).toList();

    private final JdbcClient jdbc;
    private final LibraryProjectRepository projects;

    LibraryListing(JdbcClient jdbc, LibraryProjectRepository projects) {
        this.jdbc = jdbc;
        this.projects = projects;
    }

    long count(Library library) {
        return jdbc.sql("SELECT COUNT(*) FROM library_intake WHERE library = :library AND status IN (:admitted)")
                .param("library", library.name()).param("admitted", ADMITTED)
                .query(Long.class).single();
    }

    /** The page's projects, each with its admitted intake into this library, in list order. */
    List<Admitted> page(Library library, int page, int size) {
        List<Row> rows = jdbc.sql("""
                        SELECT library_project, case_no FROM library_intake
                        WHERE library = :library AND status IN (:admitted)
                        ORDER BY CASE priority WHEN 'FIRST' THEN 1 WHEN 'SECOND' THEN 2 ELSE 3 END, admitted_at, library_project
                        LIMIT :size OFFSET :offset""")
                .param("library", library.name()).param("admitted", ADMITTED)
                .param("size", size).param("offset", (long) page * size)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2))).list();
        Map<Long, LibraryProject> byId = projects.findAllById(rows.stream().map(Row::projectId).toList()).stream()
                .collect(Collectors.toMap(LibraryProject::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        return rows.stream().map(r -> new Admitted(byId.get(r.projectId()), byId.get(r.projectId()).intake(r.caseNo()))).toList();
    }

    record Admitted(LibraryProject project, LibraryIntake intake) {
    }

    private record Row(long projectId, String caseNo) {
    }
}
