package vn.tdc.portal.report.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChannelConverterTest {

    private final ReportChannelConverter converter = new ReportChannelConverter();

    @ParameterizedTest
    @CsvSource({"WEB, WEB", "API, API", "OPEN311, OPEN311"})
    void should_store_each_channel_as_the_value_the_column_already_holds(ReportChannel channel, String stored) {
        assertThat(converter.convertToDatabaseColumn(channel)).isEqualTo(stored);
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(channel);
    }

    @Test
    void should_keep_a_missing_channel_missing() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
