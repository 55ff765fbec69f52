/* Mobile navigation toggle. */
document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-nav-toggle]');
    if (!toggle) {
        return;
    }
    var nav = document.getElementById(toggle.getAttribute('data-nav-toggle'));
    var open = nav.classList.toggle('site-nav--open');
    toggle.setAttribute('aria-expanded', open ? 'true' : 'false');
});

/* Two PrimeFaces widgets break ARIA rules (axe-core, WCAG 4.1.2): the rich-text editor gets the name of its label, and
   the file upload's "choose" span loses the aria-labelledby a span without a role may not have (its text names it).
   Repeated whenever part of the page is redrawn (PrimeFaces' AJAX updates). */
(function () {
    function repair() {
        document.querySelectorAll('.ui-texteditor[role=textbox]:not([aria-labelledby])').forEach(function (editor) {
            var label = document.querySelector('label[for="' + editor.id + '"]');
            if (label && label.id) {
                editor.setAttribute('aria-labelledby', label.id);
            }
        });
        document.querySelectorAll('.ui-texteditor .ql-editor:not([aria-labelledby])').forEach(function (area) {
            var editor = area.closest('.ui-texteditor');
            if (editor.hasAttribute('aria-labelledby')) {
                area.setAttribute('aria-labelledby', editor.getAttribute('aria-labelledby'));
            }
        });
        document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (choose) {
            choose.removeAttribute('aria-labelledby');
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        repair();
        new MutationObserver(repair).observe(document.body, {childList: true, subtree: true});
    });
}());
