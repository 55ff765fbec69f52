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
   the file upload's "choose" span loses the aria-labelledby a span without a role may not have (its text names it). */
document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.ui-texteditor[role=textbox]').forEach(function (editor) {
        var label = document.querySelector('label[for="' + editor.id + '"]');
        if (label && label.id) {
            editor.setAttribute('aria-labelledby', label.id);
            editor.querySelectorAll('.ql-editor').forEach(function (area) {
                area.setAttribute('aria-labelledby', label.id);
            });
        }
    });
    document.querySelectorAll('.ui-fileupload-choose[aria-labelledby]').forEach(function (choose) {
        choose.removeAttribute('aria-labelledby');
    });
});
