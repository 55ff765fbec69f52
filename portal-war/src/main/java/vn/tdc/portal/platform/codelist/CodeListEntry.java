package vn.tdc.portal.platform.codelist;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import vn.tdc.knowledge.search.analysis.Slug;

/**
 * An entry of a list an ADMIN edits (news categories, departments, kinds of report): a code that never changes once
 * created (it stands in addresses and Open311 service codes), a name, whether it is still offered, and its place in
 * the list. Columns {@code code}, {@code name}, {@code active}, {@code sort_order}, {@code version}.
 */
@MappedSuperclass
public abstract class CodeListEntry {

    public static final int MAX_CODE_LENGTH = 40;

    @Id
    @Column(length = MAX_CODE_LENGTH)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected CodeListEntry() {
    }

    protected CodeListEntry(String code, String name, boolean active, int sortOrder) {
        this.code = code;
        edit(name, active, sortOrder);
    }

    /** Whether the text can be a code: a {@link Slug} of at most {@value #MAX_CODE_LENGTH} characters. */
    public static boolean isValidCode(String code) {
        return code != null && code.length() <= MAX_CODE_LENGTH && Slug.isWellFormed(code);
    }

    /** Renames, retires or brings back, and moves the entry; the code stays. */
    public final void edit(String name, boolean active, int sortOrder) {
        this.name = name;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
