package vn.tdc.portal.report.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link ReportChannel} as its name ({@code WEB}, {@code API}, {@code OPEN311}),
 * the values the column holds.
 */
@Converter
public class ReportChannelConverter implements AttributeConverter<ReportChannel, String> {

    @Override
    public String convertToDatabaseColumn(ReportChannel channel) {
        return channel == null ? null : channel.name();
    }

    @Override
    public ReportChannel convertToEntityAttribute(String name) {
        return name == null ? null : ReportChannel.valueOf(name);
    }
}
