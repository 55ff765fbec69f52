package vn.tdc.portal.report.web;

import vn.tdc.portal.platform.codelist.CodeListForm;
import vn.tdc.portal.report.application.KindAttribute;
import vn.tdc.portal.report.application.ReportKindView;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A kind of report as the catalog page edits it. Its extra questions are editable rows; rows left entirely blank
 * are dropped when saving.
 */
public class KindForm extends CodeListForm {

    private static final long serialVersionUID = 1L;

    private String description;
    private String keywords;
    private String departmentCode;
    private Integer dueWorkingDays = 10;
    private List<AttributeRow> attributes = new ArrayList<>();

    public static KindForm blank(String departmentCode, int sortOrder) {
        KindForm form = new KindForm();
        form.departmentCode = departmentCode;
        form.setSortOrder(sortOrder);
        return form;
    }

    public static KindForm of(ReportKindView kind) {
        KindForm form = new KindForm();
        form.fill(kind.code(), kind.name(), kind.active(), kind.sortOrder());
        form.description = kind.description();
        form.keywords = kind.keywords();
        form.departmentCode = kind.departmentCode();
        form.dueWorkingDays = kind.dueWorkingDays();
        form.attributes = new ArrayList<>(kind.attributes().stream().map(AttributeRow::of).toList());
        return form;
    }

    /** The form as the catalog service takes it, with {@code code} as given (the page keeps existing codes). */
    public ReportKindView toView(String code) {
        List<KindAttribute> rows = attributes.stream().filter(row -> !row.isBlank()).map(AttributeRow::toAttribute)
                .toList();
        return new ReportKindView(strip(code), strip(getName()), strip(description), strip(keywords),
                strip(departmentCode), null, dueWorkingDays == null ? 0 : dueWorkingDays, isActive(), sortOrderOrZero(),
                rows);
    }

    /** The page positions of the rows {@link #toView} sends, in order. */
    public List<Integer> sentRows() {
        return IntStream.range(0, attributes.size()).filter(i -> !attributes.get(i).isBlank()).boxed().toList();
    }

    public void addAttribute() {
        attributes.add(new AttributeRow());
    }

    public void removeAttribute(int index) {
        if (index >= 0 && index < attributes.size()) {
            attributes.remove(index);
        }
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public void setDepartmentCode(String departmentCode) {
        this.departmentCode = departmentCode;
    }

    public Integer getDueWorkingDays() {
        return dueWorkingDays;
    }

    public void setDueWorkingDays(Integer dueWorkingDays) {
        this.dueWorkingDays = dueWorkingDays;
    }

    public List<AttributeRow> getAttributes() {
        return attributes;
    }

    /** One extra question of a kind, editable. */
    public static class AttributeRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private String label;
        private String datatype = "string";
        private boolean required;
        private String unit;

        static AttributeRow of(KindAttribute attribute) {
            AttributeRow row = new AttributeRow();
            row.code = attribute.code();
            row.label = attribute.label();
            row.datatype = attribute.datatype();
            row.required = attribute.required();
            row.unit = attribute.unit();
            return row;
        }

        KindAttribute toAttribute() {
            return new KindAttribute(strip(code), strip(label), datatype, required, strip(unit));
        }

        boolean isBlank() {
            return isEmpty(code) && isEmpty(label) && isEmpty(unit);
        }

        private static boolean isEmpty(String value) {
            return value == null || value.isBlank();
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public String getDatatype() {
            return datatype;
        }

        public void setDatatype(String datatype) {
            this.datatype = datatype;
        }

        public boolean isRequired() {
            return required;
        }

        public void setRequired(boolean required) {
            this.required = required;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }
    }
}
