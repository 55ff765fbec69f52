package vn.tdc.portal.platform.codelist;

import java.io.Serializable;

/** The fields every {@link CodeListEntry} has, as an admin page edits them; new entries start active. */
public abstract class CodeListForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private boolean active = true;
    private Integer sortOrder = 0;

    protected final void fill(String code, String name, boolean active, int sortOrder) {
        this.code = code;
        this.name = name;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    /** The place in the list, 0 when left empty. */
    protected final int sortOrderOrZero() {
        return sortOrder == null ? 0 : sortOrder;
    }

    /** The value without surrounding blanks; null stays null. */
    public static String strip(String value) {
        return value == null ? null : value.strip();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Integer getSortOrder() {
        return sortOrder;
    }

    public void setSortOrder(Integer sortOrder) {
        this.sortOrder = sortOrder;
    }
}
