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

/* Two PrimeFaces widgets lack accessible names or roles (axe-core, WCAG 4.1.2): the rich-text editor is named by its
   label, and the file upload's "choose" control, a focusable span, is a button. */
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
    document.querySelectorAll('.ui-fileupload-choose:not([role])').forEach(function (choose) {
        choose.setAttribute('role', 'button');
    });
});
