package vn.tdc.portal.report.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/**
 * How officers may reach the resident; all empty for an anonymous report. Never shown publicly, never in a public
 * API; the email, when given, receives the tracking code and public updates. A value: equal when all three parts are.
 */
@Embeddable
public class ReportContact {

    public static final ReportContact ANONYMOUS = new ReportContact("", "", "");

    @Column(name = "contact_name", nullable = false, length = 100)
    private String name;

    @Column(name = "contact_phone", nullable = false, length = 20)
    private String phone;

    @Column(name = "contact_email", nullable = false, length = 254)
    private String email;

    protected ReportContact() {
    }

    public ReportContact(String name, String phone, String email) {
        this.name = name == null ? "" : name;
        this.phone = phone == null ? "" : phone;
        this.email = email == null ? "" : email;
    }

    public String name() {
        return name;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public boolean isAnonymous() {
        return name.isEmpty() && phone.isEmpty() && email.isEmpty();
    }

    public boolean hasEmail() {
        return !email.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ReportContact contact && name.equals(contact.name) && phone.equals(contact.phone)
                && email.equals(contact.email);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, phone, email);
    }

    @Override
    public String toString() {
        return "ReportContact[name=" + name + ", phone=" + phone + ", email=" + email + "]";
    }
}
