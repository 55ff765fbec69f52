package vn.tdc.portal.report.application;

import jakarta.json.bind.annotation.JsonbTransient;

import java.io.Serializable;

/**
 * An extra question asked for one kind of report (for {@code can-thieu}: the weight the seller claimed and the
 * weight on the market's reference scale). {@code datatype} is {@code string}, {@code number} or {@code text}, as
 * in Open311 service definitions.
 */
public record KindAttribute(String code, String label, String datatype, boolean required, String unit) implements Serializable {

    public KindAttribute {
        unit = unit == null ? "" : unit;
        datatype = datatype == null ? "string" : datatype;
    }

    @JsonbTransient
    public boolean isNumber() {
        return "number".equals(datatype);
    }
}
