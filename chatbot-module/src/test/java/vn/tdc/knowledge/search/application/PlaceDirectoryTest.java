package vn.tdc.knowledge.search.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

class PlaceDirectoryTest {

    private static SourceInfo source(String id, String number, String place, String region) {
        return new SourceInfo(id, SourceType.DOCUMENT, "Kế hoạch " + place, "UBND " + place, "Kế hoạch của UBND " + place, number,
                List.of(place), region.isEmpty() ? List.of() : List.of(region), "", "", "", "");
    }

    private final PlaceDirectory directory = PlaceDirectory.of(List.of(
            source("duc-pho", "", "phường Đức Phổ", "tỉnh Quảng Ngãi"),
            source("thanh-dong", "/KH-UBND", "phường Thành Đông", "thành phố Hải Phòng"),
            source("hai-duong", "KH/ĐU", "phường Hải Dương", "thành phố Hải Phòng"),
            source("tien-giang", "168-KH/TU", "tỉnh Tiền Giang", "")));

    @Test
    void should_find_a_ward_with_or_without_diacritics_and_level_word() {
        // when / then
        assertThat(directory.detect("Ở phường Đức Phổ ai chủ trì?").places()).containsExactly("duc pho");
        assertThat(directory.detect("co quan nao o duc pho").places()).containsExactly("duc pho");
        assertThat(directory.detect("TỈNH TIỀN GIANG làm gì").places()).containsExactly("tien giang");
    }

    @Test
    void should_prefer_the_ward_over_its_region() {
        // when
        PlaceMention mention = directory.detect("phường Thành Đông, thành phố Hải Phòng tuyên truyền thế nào");

        // then
        assertThat(mention.places()).containsExactly("thanh dong");
        assertThat(mention.regions()).isEmpty();
    }

    @Test
    void should_fall_back_to_the_region_when_no_ward_is_named() {
        // when
        PlaceMention mention = directory.detect("Hải Phòng có những kế hoạch nào?");

        // then
        assertThat(mention.places()).isEmpty();
        assertThat(mention.regions()).containsExactly("hai phong");
    }

    @Test
    void should_report_a_named_ward_that_no_document_governs() {
        // when
        PlaceMention mention = directory.detect("Phường Bến Nghé có kế hoạch gì?");

        // then
        assertThat(mention.unknownPlace()).contains("phường Bến Nghé");
        assertThat(directory.detect("Phòng Văn hóa – Xã hội làm gì?").unknownPlace()).isEmpty();
        assertThat(directory.detect("Tỉnh ủy Tiền Giang").unknownPlace()).isEmpty();
    }

    @Test
    void should_route_a_documents_own_number_to_it() {
        // when / then
        assertThat(directory.detect("Mục đích của kế hoạch 168-KH/TU").documentIds()).containsExactly("tien-giang");
        assertThat(directory.detect("kế hoạch 168 nói gì").documentIds()).containsExactly("tien-giang");
        assertThat(directory.detect("Kế hoạch số 03-KH/TU của Thành ủy").documentIds()).isEmpty();
    }

    @Test
    void should_mark_the_words_of_a_mention_with_its_level_word() {
        // when
        PlaceMention mention = directory.detect("Ở phường Đức Phổ ai chủ trì");

        // then
        assertThat(mention.covers(0)).isFalse();
        assertThat(mention.covers(1)).isTrue();
        assertThat(mention.covers(3)).isTrue();
        assertThat(mention.covers(4)).isFalse();
    }
}
