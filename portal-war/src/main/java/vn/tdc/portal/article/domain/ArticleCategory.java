package vn.tdc.portal.article.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.tdc.portal.platform.codelist.CodeListEntry;

/** A news category (Tiêu chuẩn, Đo lường, … Cảnh báo vi phạm); the list is data. */
@Entity
@Table(name = "article_category")
public class ArticleCategory extends CodeListEntry {

    /** The category the home page shows prominently. */
    public static final String WARNINGS = "canh-bao-vi-pham";

    protected ArticleCategory() {
    }

    public ArticleCategory(String code, String name, boolean active, int sortOrder) {
        super(code, name, active, sortOrder);
    }
}
