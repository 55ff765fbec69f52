package vn.tdc.portal.article.application;

/** A news category with the number of published articles in it. */
public record ArticleCategoryView(String code, String name, long published) {
}
