/* Article editor (/quan-tri/tin-tuc/soan): remembers unsaved changes (and warns before leaving), keeps the
   rich-text editor's hidden value current, and checks the chosen cover image before it is sent. */
(function () {
    'use strict';

    function form() {
        return document.querySelector('form[data-article-form]');
    }

    function dirtyInput() {
        var f = form();
        return f ? f.querySelector('[data-dirty]') : null;
    }

    function markDirty() {
        var input = dirtyInput();
        if (input) {
            input.value = 'true';
        }
    }

    function isDirty() {
        var input = dirtyInput();
        return !!input && input.value === 'true';
    }

    function inArticleFields(element) {
        return element && element.closest && element.closest('[data-article-fields], [data-cover-input], .article-cover');
    }

    document.addEventListener('input', function (event) {
        if (inArticleFields(event.target) && !event.target.closest('.ql-editor')) {
            markDirty();
        }
    });

    document.addEventListener('change', function (event) {
        if (event.target.matches && event.target.matches('[data-cover-input]')) {
            checkCover(event.target);
        }
        if (inArticleFields(event.target)) {
            markDirty();
        }
    });

    /* The editor writes its hidden value only when it loses the focus; keep it current on every change. */
    function hookEditor() {
        var widget = window.PrimeFaces && PrimeFaces.widgets ? PrimeFaces.widgets.articleBody : null;
        if (!widget || !widget.editor) {
            return false;
        }
        if (widget.editor.portalHooked) {
            return true;
        }
        var editor = widget.editor;
        editor.portalHooked = true;
        editor.on('text-change', function (delta, old, source) {
            /* An editor replaced by an AJAX update still reports its contents leaving the page: not an edit. */
            if (editor !== widget.editor || !document.body.contains(editor.root)) {
                return;
            }
            widget.input.val(widget.getEditorValue());
            if (source === 'user') {
                markDirty();
            }
        });
        return true;
    }

    function hookSoon(attempts) {
        if (!hookEditor() && attempts > 0) {
            setTimeout(function () {
                hookSoon(attempts - 1);
            }, 100);
        }
    }

    /* Cover: one JPEG, PNG or WebP image within the size limit; anything else is refused before sending. */
    function checkCover(input) {
        var box = input.closest('.field');
        var problem = box ? box.querySelector('[data-cover-problem]') : null;
        var file = input.files && input.files[0];
        var text = '';
        if (file) {
            var maxBytes = parseInt(input.getAttribute('data-max-bytes'), 10);
            if (file.size > maxBytes) {
                text = input.getAttribute('data-label-too-large').replace('{0}', file.name);
            } else if (file.type && !/^image\/(jpeg|png|webp)$/.test(file.type)) {
                text = input.getAttribute('data-label-type').replace('{0}', file.name);
            }
        }
        if (problem) {
            problem.textContent = text;
        }
        if (text) {
            input.value = '';
        }
    }

    window.addEventListener('beforeunload', function (event) {
        if (isDirty()) {
            event.preventDefault();
            event.returnValue = form().getAttribute('data-leave-warning') || '';
            return event.returnValue;
        }
        return undefined;
    });

    document.addEventListener('DOMContentLoaded', function () {
        hookSoon(50);
    });
    window.addEventListener('load', function () {
        hookSoon(50);
    });
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', function () {
            hookSoon(50);
        });
        /* PrimeFaces' menus and check boxes announce their changes through jQuery only. */
        jQuery(document).on('change', '[data-article-fields] :input', markDirty);
    }
}());
