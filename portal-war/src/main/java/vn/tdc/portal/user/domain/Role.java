package vn.tdc.portal.user.domain;

/** What a staff account may do. Residents need no account at all. */
public enum Role {
    /** Culture-centre editor: writes and publishes awareness news and documents. */
    EDITOR,
    /** Ward officer: receives, routes and resolves residents' reports. */
    OFFICER,
    /** Administrator: manages accounts and portal data. */
    ADMIN;

    public static final String EDITOR_NAME = "EDITOR";
    public static final String OFFICER_NAME = "OFFICER";
    public static final String ADMIN_NAME = "ADMIN";
}
