package cn.jifending.organization;

import java.util.Optional;

/** Who is who: the organization module's read API for other modules. */
public interface MemberDirectory {

    /** The person with this DingTalk {@code userid}, if they belong to the organization. */
    Optional<Person> findByUserId(String dingTalkUserId);
}
