package vn.tdc.portal.article.application;

import java.io.Serializable;

/** A news category with the number of published articles in it. */
public record ArticleCategoryView(String code, String name, long published) implements Serializable {
}
