package vn.tdc.portal.report.domain;

/**
 * How officers may reach the resident; all empty for an anonymous report. Never shown publicly, never in a public
 * API; the email, when given, receives the tracking code and public updates.
 */
public record ReportContact(String name, String phone, String email) {

    public static final ReportContact ANONYMOUS = new ReportContact("", "", "");

    public ReportContact {
        name = name == null ? "" : name;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }

    public boolean isAnonymous() {
        return name.isEmpty() && phone.isEmpty() && email.isEmpty();
    }

    public boolean hasEmail() {
        return !email.isEmpty();
    }
}
