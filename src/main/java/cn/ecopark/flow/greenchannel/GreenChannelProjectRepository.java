package cn.ecopark.flow.greenchannel;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface GreenChannelProjectRepository extends ListCrudRepository<GreenChannelProject, Long> {

    Optional<GreenChannelProject> findByProjectNo(String projectNo);

    Optional<GreenChannelProject> findByProcessInstanceId(String processInstanceId);
}
