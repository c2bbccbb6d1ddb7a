package cn.jifending.organization;

import java.util.List;

/**
 * Compares the roster with the contacts directory ({@link ContactSource}, DingTalk's address book).
 * It only reports who is missing on either side; the one change it makes is taking over a changed
 * display name of a member whose userid both sides know (audited, in the caller's transaction).
 */
public interface ContactSync {

    /** Whether a contacts directory is connected (false in sandbox mode). */
    boolean available();

    /**
     * Reads the directory, renames known members whose name changed, and reports the differences.
     *
     * @throws IllegalStateException        when no directory is {@link #available()}
     * @throws ContactSource.Unavailable    when the directory cannot be read now
     */
    Report sync(Actor by);

    /**
     * @param unknownInDirectory roster members (active today) whose userid the directory does not have
     * @param notInRoster        directory users who are not in the roster
     * @param renamed            members whose name was taken over from the directory
     */
    record Report(List<Person> unknownInDirectory, List<ContactSource.Contact> notInRoster, List<Rename> renamed) {

        public Report {
            unknownInDirectory = List.copyOf(unknownInDirectory);
            notInRoster = List.copyOf(notInRoster);
            renamed = List.copyOf(renamed);
        }
    }

    record Rename(String userId, String before, String after) {
    }
}
