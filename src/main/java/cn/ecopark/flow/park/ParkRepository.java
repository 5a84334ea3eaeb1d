package cn.ecopark.flow.park;

import org.springframework.data.relational.core.sql.LockMode;
import org.springframework.data.relational.repository.Lock;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

public interface ParkRepository extends ListCrudRepository<Park, Long> {

    Optional<Park> findByCityAndName(String city, String name);

    /** The park, row-locked until the transaction ends: two applications for one park are decided one after the other. */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Park> findLockedByCityAndName(String city, String name);

    /** The park with this credit code, row-locked until the transaction ends (see findLockedByCityAndName). */
    @Lock(LockMode.PESSIMISTIC_WRITE)
    Optional<Park> findLockedByCreditCode(String creditCode);

    Optional<Park> findByCreditCode(String creditCode);
}
