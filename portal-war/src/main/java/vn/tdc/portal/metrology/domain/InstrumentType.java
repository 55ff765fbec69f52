package vn.tdc.portal.metrology.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;

/**
 * A kind of measuring instrument used in trade (cân đĩa, cân điện tử, cột đo xăng dầu, …) and its verification cycle
 * (chu kỳ kiểm định): an instrument verified on a day stays valid for {@link #cycleMonths()} months.
 */
@Entity
@Table(name = "instrument_type")
public class InstrumentType {

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "cycle_months", nullable = false)
    private int cycleMonths;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active;

    @Version
    private long version;

    protected InstrumentType() {
    }

    public InstrumentType(String code, String name, int cycleMonths, int sortOrder) {
        this.code = code;
        this.name = name;
        this.cycleMonths = cycleMonths;
        this.sortOrder = sortOrder;
        this.active = true;
    }

    /** The last day an instrument of this type verified on {@code verifiedOn} may be used: one cycle later. */
    public LocalDate dueAfter(LocalDate verifiedOn) {
        return verifiedOn.plusMonths(cycleMonths);
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public int cycleMonths() {
        return cycleMonths;
    }

    public int sortOrder() {
        return sortOrder;
    }

    public boolean active() {
        return active;
    }
}
