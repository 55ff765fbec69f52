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
