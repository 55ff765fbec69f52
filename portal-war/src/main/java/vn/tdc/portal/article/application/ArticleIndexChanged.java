package vn.tdc.portal.article.application;

/**
 * Fired inside the transaction that changes what the public may see of an article (publish, edit of a published
 * article, unpublish, archive); the search index follows once it commits.
 */
public record ArticleIndexChanged(long articleId) {
}
