package cn.ecopark.flow.engine;

import cn.ecopark.flow.parkapplication.ParkApplication;
import cn.ecopark.flow.parkapplication.ParkApplicationRepository;
import cn.ecopark.flow.support.EcoparkSpringTest;
import cn.ecopark.flow.support.Http;
import cn.ecopark.flow.support.ParkCases;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** An aggregate is loaded once per transaction, follows every save of it in that transaction, and no further. */
@EcoparkSpringTest
class AggregatesPerTransactionTests {

    @LocalServerPort
    int port;
    @Autowired
    ParkCases parkCases;
    @Autowired
    ParkApplicationRepository repository;
    @Autowired
    AggregatesPerTransaction perTransaction;
    @Autowired
    TransactionTemplate transactions;

    long id;
    AtomicInteger loads;
    Supplier<Optional<ParkApplication>> loader;

    @BeforeEach
    void anApplication() {
        String caseNo = parkCases.submit(new Http(port)).caseNo();
        id = repository.findByApplicationNo(caseNo).orElseThrow().getId();
        loads = new AtomicInteger();
        loader = () -> {
            loads.incrementAndGet();
            return repository.findById(id);
        };
    }

    @Test
    void withinOneTransactionTheAggregateIsLoadedOnce() {
        transactions.executeWithoutResult(status -> {
            ParkApplication first = perTransaction.find(ParkApplication.class, id, loader).orElseThrow();
            ParkApplication second = perTransaction.find(ParkApplication.class, id, loader).orElseThrow();
            assertThat(second).isSameAs(first);
        });
        assertThat(loads).hasValue(1);
    }

    @Test
    void aSaveByAnyPathIsWhatTheTransactionReadsNext() {
        transactions.executeWithoutResult(status -> {
            perTransaction.find(ParkApplication.class, id, loader).orElseThrow();
            ParkApplication elsewhere = repository.findById(id).orElseThrow(); // another path, not through the cache
            ParkApplication saved = repository.save(elsewhere);
            assertThat(perTransaction.find(ParkApplication.class, id, loader).orElseThrow()).isSameAs(saved);
        });
        assertThat(loads).hasValue(1);
    }

    @Test
    void aNewTransactionAndNoTransactionReadTheDatabase() {
        transactions.executeWithoutResult(status -> perTransaction.find(ParkApplication.class, id, loader));
        transactions.executeWithoutResult(status -> perTransaction.find(ParkApplication.class, id, loader));
        perTransaction.find(ParkApplication.class, id, loader);
        perTransaction.find(ParkApplication.class, id, loader);
        assertThat(loads).hasValue(4);
    }

    @Test
    void aRolledBackTransactionLeavesNothingBehind() {
        transactions.executeWithoutResult(status -> {
            perTransaction.find(ParkApplication.class, id, loader);
            status.setRollbackOnly();
        });
        transactions.executeWithoutResult(status -> perTransaction.find(ParkApplication.class, id, loader));
        assertThat(loads).hasValue(2);
    }
}
