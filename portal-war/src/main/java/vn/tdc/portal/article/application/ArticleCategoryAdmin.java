package vn.tdc.portal.article.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.tdc.portal.article.domain.ArticleCategory;
import vn.tdc.portal.article.domain.ArticleRepository;
import vn.tdc.portal.platform.problem.FieldProblem;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.codelist.CodeListEntry;

import java.util.ArrayList;
import java.util.List;

/**
 * The news categories are data an ADMIN edits: rename, reorder, retire (an inactive category is no longer offered to
 * editors nor listed; its articles keep it) or add one. A code never changes (it is in feed and list addresses).
 */
@ApplicationScoped
@Transactional
public class ArticleCategoryAdmin {

    /** A category as the admin edits it. */
    public record CategoryForm(String code, String name, boolean active, int sortOrder) {
    }

    @Inject
    ArticleRepository articles;

    public List<CategoryForm> list() {
        return articles.categories().stream()
                .map(c -> new CategoryForm(c.code(), c.name(), c.active(), c.sortOrder())).toList();
    }

    public CategoryForm save(CategoryForm form) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!CodeListEntry.isValidCode(form.code())) {
            problems.add(FieldProblem.of("code", "report.admin.code_invalid"));
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty() || name.length() > 200 || name.contains("<")) {
            problems.add(FieldProblem.of("name", name.isEmpty() ? "article.validation.required"
                    : name.contains("<") ? "article.validation.markup" : "report.admin.too_long"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("article.validation.failed", problems);
        }
        articles.findCategory(form.code()).ifPresentOrElse(
                c -> c.edit(name, form.active(), form.sortOrder()),
                () -> articles.addCategory(new ArticleCategory(form.code(), name, form.active(), form.sortOrder())));
        return new CategoryForm(form.code(), name, form.active(), form.sortOrder());
    }
}
