package cn.ecopark.flow.supervision;

import org.springframework.data.repository.ListCrudRepository;

interface SpotCheckDrawRepository extends ListCrudRepository<SpotCheckDraw, String> {
}
