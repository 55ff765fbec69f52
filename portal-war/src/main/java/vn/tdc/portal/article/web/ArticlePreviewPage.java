package vn.tdc.portal.article.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.tdc.portal.article.application.ArticleEditorService;
import vn.tdc.portal.article.application.EditorArticleView;
import vn.tdc.portal.article.application.PublishedArticle;
import vn.tdc.portal.article.domain.ArticleStatus;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import java.io.Serializable;

/**
 * An editor's preview of an article in any state ({@code /quan-tri/tin-tuc/xem-truoc?id=}, EDITOR and ADMIN): the
 * saved article drawn by the same include as the public page, under a banner while it is not public. An unknown or
 * malformed id shows the not-found notice with status 404.
 */
@Named
@ViewScoped
public class ArticlePreviewPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ArticleEditorService editor;

    private String id;
    private PublishedArticle article;
    private String statusCode;

    public void load() {
        Long articleId = ArticleEditorPage.parseId(id);
        if (articleId != null) {
            try {
                EditorArticleView view = editor.find(articleId);
                article = editor.preview(articleId);
                statusCode = view.statusCode();
                return;
            } catch (ProblemException e) {
                if (e.kind() != ProblemKind.NOT_FOUND) {
                    throw e;
                }
            }
        }
        FacesContext.getCurrentInstance().getExternalContext().setResponseStatus(404);
    }

    public boolean isLive() {
        return ArticleStatus.PUBLISHED.code().equals(statusCode);
    }

    public PublishedArticle getArticle() {
        return article;
    }

    public String getStatusCode() {
        return statusCode;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
