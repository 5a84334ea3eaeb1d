package cn.ecopark.flow.supervision;

import org.springframework.data.repository.ListCrudRepository;

interface ParkContactRepository extends ListCrudRepository<ParkContact, Long> {
}
