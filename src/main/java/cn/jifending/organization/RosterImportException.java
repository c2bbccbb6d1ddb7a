package cn.jifending.organization;

import java.util.List;

/** The roster was refused as a whole; nothing was written. Lists every bad row. */
public class RosterImportException extends RuntimeException {

    private final List<RosterError> errors;

    public RosterImportException(List<RosterError> errors) {
        super("roster refused, " + errors.size() + " problem(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<RosterError> errors() {
        return errors;
    }
}
