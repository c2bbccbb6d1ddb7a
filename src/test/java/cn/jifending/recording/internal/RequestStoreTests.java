package cn.jifending.recording.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jifending.audit.Source;
import cn.jifending.recording.RecordingTestBase;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The pending requests are read for the asked-for branches only, in the database, oldest first. */
class RequestStoreTests extends RecordingTestBase {

    @Autowired RequestStore store;

    @Test
    @Transactional // the store audits its inserts, inside its caller's transaction; rolled back after
    void pendingReadsOnlyTheAskedForBranchesRows() {
        Fixture a = branch(1);
        Fixture b = branch(1);
        Fixture c = branch(1);
        LocalDateTime now = LocalDateTime.of(2025, 6, 1, 9, 0);
        long first = excuse(a, now);
        long second = excuse(b, now.plusMinutes(1));
        excuse(c, now.plusMinutes(2));
        long third = excuse(a, now.plusMinutes(3));
        long finding = store.insert(new RequestStore.NewRequest(RequestStore.Kind.FINDING, a.branch().id(),
                a.member(0).id(), a.recorder().userId(), "party_day", LocalDate.of(2025, 5, 6), null, null, null,
                "why", Source.system("test"), track()), now);

        assertThat(store.pending(RequestStore.Kind.EXCUSE, List.of(a.branch().id())))
                .extracting(RequestRow::getId).containsExactly(first, third);
        assertThat(store.pending(RequestStore.Kind.EXCUSE, List.of(a.branch().id(), b.branch().id())))
                .extracting(RequestRow::getId).containsExactly(first, second, third);
        assertThat(store.pending(RequestStore.Kind.FINDING, List.of(a.branch().id())))
                .extracting(RequestRow::getId).containsExactly(finding);
        assertThat(store.pending(RequestStore.Kind.EXCUSE, List.of())).isEmpty();

        store.decide(first, RequestStore.Status.APPROVED, a.secretary().userId(), null, now.plusHours(1));
        assertThat(store.pending(RequestStore.Kind.EXCUSE, List.of(a.branch().id())))
                .extracting(RequestRow::getId).containsExactly(third);
    }

    private static String track() {
        return "test-" + UUID.randomUUID();
    }

    private long excuse(Fixture f, LocalDateTime at) {
        return store.insert(new RequestStore.NewRequest(RequestStore.Kind.EXCUSE, f.branch().id(), f.member(0).id(),
                f.recorder().userId(), "party_day", LocalDate.of(2025, 5, 6), null, null, null, "sick",
                Source.system("test"), track()), at);
    }
}
