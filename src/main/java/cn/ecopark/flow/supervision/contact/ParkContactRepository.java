package cn.ecopark.flow.supervision.contact;

import org.springframework.data.repository.ListCrudRepository;

interface ParkContactRepository extends ListCrudRepository<ParkContact, Long> {
}
