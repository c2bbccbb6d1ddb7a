package cn.jifending.organization.internal;

import java.time.LocalDate;

/**
 * One row of {@link MemberMapper#lookup}: the member, one spell active that day (branch id and name,
 * null when none) and one role they hold (null when none).
 */
public class PersonLookupRow {

    private Long id;
    private String userId;
    private String name;
    private Boolean probationary;
    private LocalDate joinedOn;
    private LocalDate convertedOn;
    private Long branchId;
    private String branchName;
    private String role;
    private Long roleBranchId;

    public Long getId() {
        return id;
    }

    public PersonLookupRow setId(Long id) {
        this.id = id;
        return this;
    }

    public String getUserId() {
        return userId;
    }

    public PersonLookupRow setUserId(String userId) {
        this.userId = userId;
        return this;
    }

    public String getName() {
        return name;
    }

    public PersonLookupRow setName(String name) {
        this.name = name;
        return this;
    }

    public Boolean getProbationary() {
        return probationary;
    }

    public PersonLookupRow setProbationary(Boolean probationary) {
        this.probationary = probationary;
        return this;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public PersonLookupRow setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
        return this;
    }

    public LocalDate getConvertedOn() {
        return convertedOn;
    }

    public PersonLookupRow setConvertedOn(LocalDate convertedOn) {
        this.convertedOn = convertedOn;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public PersonLookupRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public String getBranchName() {
        return branchName;
    }

    public PersonLookupRow setBranchName(String branchName) {
        this.branchName = branchName;
        return this;
    }

    public String getRole() {
        return role;
    }

    public PersonLookupRow setRole(String role) {
        this.role = role;
        return this;
    }

    public Long getRoleBranchId() {
        return roleBranchId;
    }

    public PersonLookupRow setRoleBranchId(Long roleBranchId) {
        this.roleBranchId = roleBranchId;
        return this;
    }
}
