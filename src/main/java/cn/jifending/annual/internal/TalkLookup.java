package cn.jifending.annual.internal;

import cn.jifending.annual.MemberTalks;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** {@link MemberTalks} from the talk tasks the 机关党委's audit created. */
@Component
class TalkLookup implements MemberTalks {

    private final AnnualStore store;

    TalkLookup(AnnualStore store) {
        this.store = store;
    }

    @Override
    public Optional<Talk> of(long memberId, int year) {
        return store.talk(year, memberId).map(t -> new Talk(t.year(), t.cause(), t.deadline(), t.talkedOn()));
    }
}
