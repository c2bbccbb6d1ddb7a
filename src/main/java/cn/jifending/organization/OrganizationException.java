package cn.jifending.organization;

/** A change to the organization that breaks its rules (unknown member, overlapping spell, …). */
public class OrganizationException extends RuntimeException {

    public OrganizationException(String message) {
        super(message);
    }
}
