package cn.jifending.declaration.internal;

import java.util.Set;
import org.springframework.stereotype.Component;

/** {@code 不批准项目 3}: see {@link BranchItemDecisionCommand}. */
@Component
class RefuseBranchItemCommand extends BranchItemDecisionCommand {

    RefuseBranchItemCommand(BranchItems branchItems) {
        super(branchItems);
    }

    @Override
    public Set<String> keywords() {
        return Set.of("不批准项目");
    }

    @Override
    boolean approves() {
        return false;
    }
}
