package cn.jifending.publicity.internal;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Row of {@code publicity_window}: a 公示 window. */
@TableName("publicity_window")
public class PublicityWindowRow {

    @TableId(type = IdType.AUTO)
    private Long id;
    private Long branchId;
    private Integer pubYear;
    private Integer quarter;
    private LocalDate openedOn;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String openedBy;
    private LocalDateTime createdAt;
    private String note;

    public Long getId() {
        return id;
    }

    public PublicityWindowRow setId(Long id) {
        this.id = id;
        return this;
    }

    public Long getBranchId() {
        return branchId;
    }

    public PublicityWindowRow setBranchId(Long branchId) {
        this.branchId = branchId;
        return this;
    }

    public Integer getPubYear() {
        return pubYear;
    }

    public PublicityWindowRow setPubYear(Integer pubYear) {
        this.pubYear = pubYear;
        return this;
    }

    public Integer getQuarter() {
        return quarter;
    }

    public PublicityWindowRow setQuarter(Integer quarter) {
        this.quarter = quarter;
        return this;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public PublicityWindowRow setOpenedOn(LocalDate openedOn) {
        this.openedOn = openedOn;
        return this;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public PublicityWindowRow setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
        return this;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public PublicityWindowRow setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
        return this;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public PublicityWindowRow setOpenedBy(String openedBy) {
        this.openedBy = openedBy;
        return this;
    }

    public LocalDateTime getCreatedAt() {
        return createdAt;
    }

    public PublicityWindowRow setCreatedAt(LocalDateTime createdAt) {
        this.createdAt = createdAt;
        return this;
    }

    public String getNote() {
        return note;
    }

    public PublicityWindowRow setNote(String note) {
        this.note = note;
        return this;
    }
}
