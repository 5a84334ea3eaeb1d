package cn.ecopark.flow.greenchannel;

import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface GreenChannelOverdueRepository extends ListCrudRepository<GreenChannelOverdue, Long> {

    List<GreenChannelOverdue> findByProjectNoOrderByFlaggedAtAscIdAsc(String projectNo);

    List<GreenChannelOverdue> findByAgencyOrderByFlaggedAtAsc(String agency);
}
