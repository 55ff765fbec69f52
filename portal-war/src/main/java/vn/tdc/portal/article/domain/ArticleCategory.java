package vn.tdc.portal.article.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A news category (Tiêu chuẩn, Đo lường, … Cảnh báo vi phạm); the list is data. */
@Entity
@Table(name = "article_category")
public class ArticleCategory {

    /** The category the home page shows prominently. */
    public static final String WARNINGS = "canh-bao-vi-pham";

    @Id
    @Column(length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    private long version;

    protected ArticleCategory() {
    }

    public ArticleCategory(String code, String name, boolean active, int sortOrder) {
        this.code = code;
        edit(name, active, sortOrder);
    }

    public void edit(String name, boolean active, int sortOrder) {
        this.name = name;
        this.active = active;
        this.sortOrder = sortOrder;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean active() {
        return active;
    }

    public int sortOrder() {
        return sortOrder;
    }
}
