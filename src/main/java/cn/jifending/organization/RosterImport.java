package cn.jifending.organization;

/**
 * Roster import from .xlsx or .csv with the columns 支部, 党小组, 姓名, userid, 类别 (正式/预备),
 * 入党/转入日期, 角色 (comma separated role names). All or nothing: any bad row refuses the whole
 * file with {@link RosterImportException} listing every problem.
 */
public interface RosterImport {

    /**
     * Imports a roster. New userids become members of their branch from the row's date; a known
     * userid listed under another branch moves there on that date; roles are granted.
     *
     * @param fileName the uploaded file's name (its extension picks the format)
     */
    Result importRoster(String fileName, byte[] content, Actor by);

    /**
     * @param fileHash sha-256 of the file, the audit source of every change
     */
    record Result(int rows, int added, int moved, int unchanged, String fileHash) {
    }
}
