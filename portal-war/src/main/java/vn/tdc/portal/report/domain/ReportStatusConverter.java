package vn.tdc.portal.report.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link ReportStatus} as its public code ({@code moi}, {@code da-xu-ly}, …), the values the column holds. */
@Converter
public class ReportStatusConverter implements AttributeConverter<ReportStatus, String> {

    @Override
    public String convertToDatabaseColumn(ReportStatus status) {
        return status == null ? null : status.code();
    }

    @Override
    public ReportStatus convertToEntityAttribute(String code) {
        return code == null ? null : ReportStatus.fromCode(code)
                .orElseThrow(() -> new IllegalStateException("Unknown report status in the database: " + code));
    }
}
