package cn.ecopark.flow.park;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface ParkRepository extends ListCrudRepository<Park, Long> {

    Optional<Park> findByCityAndName(String city, String name);

    Optional<Park> findByCreditCode(String creditCode);
}
