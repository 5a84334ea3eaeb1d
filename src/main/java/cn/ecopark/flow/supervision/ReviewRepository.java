package cn.ecopark.flow.supervision;

import org.springframework.data.repository.ListCrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

interface ReviewRepository extends ListCrudRepository<Review, Long> {

    Optional<Review> findFirstByParkIdAndNamedOnOrderByCycleNoDesc(Long parkId, LocalDate namedOn);

    boolean existsByParkIdAndClosedAtIsNull(Long parkId);

    List<Review> findByParkIdAndClosedAtIsNull(Long parkId);

    List<Review> findByParkIdOrderByIdAsc(Long parkId);

    Optional<Review> findByProcessInstanceId(String processInstanceId);

    Optional<Review> findByReviewNo(String reviewNo);
}
