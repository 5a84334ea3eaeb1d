package cn.ecopark.flow.export;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface ExportRecordRepository extends ListCrudRepository<ExportRecord, Long> {

    List<ExportRecord> findByExportedByOrderByIdDesc(String exportedBy);
}
