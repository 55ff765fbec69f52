/* The floating assistant: posts to /api/chat (with the page's ward) and renders the answer and its sources as text (never as HTML). */
(function () {
    function el(tag, cls, text) {
        var e = document.createElement(tag);
        if (cls) { e.className = cls; }
        if (text) { e.textContent = text; }
        return e;
    }

    function init(widget) {
        var panel = widget.querySelector('.chat-widget__panel');
        var log = widget.querySelector('[data-chat-log]');
        var form = widget.querySelector('[data-chat-form]');
        var input = form.querySelector('textarea');
        var d = widget.dataset;
        var conversationId = null;

        var openButton = widget.querySelector('.chat-widget__open');

        /* On a phone the open panel fills the screen: the page behind it does not scroll. */
        function show(open) {
            if (open) {
                panel.removeAttribute('hidden');
                input.focus();
            } else {
                input.blur();
                panel.setAttribute('hidden', 'hidden');
            }
            document.documentElement.classList.toggle('chat-widget-open', open);
            openButton.setAttribute('aria-expanded', open ? 'true' : 'false');
            if (!open) {
                openButton.focus();
            }
        }

        widget.querySelectorAll('[data-chat-toggle]').forEach(function (b) {
            b.addEventListener('click', function () {
                show(panel.hasAttribute('hidden'));
            });
        });

        panel.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                show(false);
            }
        });

        /* Enter sends, Shift+Enter starts a new line; Enter that ends a word being composed (Telex, VNI) does not send. */
        input.addEventListener('keydown', function (event) {
            if (event.key === 'Enter' && !event.shiftKey && !event.isComposing && event.keyCode !== 229) {
                event.preventDefault();
                form.requestSubmit();
            }
        });

        function bubble(who, text, cls) {
            var b = el('div', 'bubble ' + cls);
            b.appendChild(el('p', 'bubble__who', who));
            b.appendChild(el('p', 'bubble__text', text));
            log.appendChild(b);
            log.scrollTop = log.scrollHeight;
            return b;
        }

        /* An example question about the ward (a chip under the greeting) is asked as if typed. */
        widget.querySelectorAll('[data-chat-example]').forEach(function (b) {
            b.addEventListener('click', function () {
                input.value = b.textContent;
                form.requestSubmit();
            });
        });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var question = input.value.trim();
            if (!question) { return; }
            bubble(d.labelYou, question, 'bubble--me');
            input.value = '';
            var body = { question: question };
            if (conversationId) { body.conversationId = conversationId; }
            if (d.ward) { body.ward = d.ward; }
            fetch(d.api, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
                body: JSON.stringify(body)
            }).then(function (r) {
                return r.json().then(function (json) { return { ok: r.ok, json: json }; });
            }).then(function (res) {
                if (!res.ok) {
                    bubble(d.labelAssistant, (res.json.error && res.json.error.message) || d.labelError, 'bubble--bot bubble--unknown');
                    return;
                }
                var a = res.json;
                conversationId = a.conversationId;
                var b = bubble(d.labelAssistant, a.answer, a.grounded ? 'bubble--bot' : 'bubble--bot bubble--unknown');
                if (a.citations && a.citations.length) {
                    b.appendChild(el('p', 'bubble__sources-title', d.labelSources));
                    var list = el('ol', 'bubble__sources');
                    a.citations.forEach(function (c) {
                        var li = el('li');
                        var link = el('a', null, c.title);
                        link.href = d.base + c.url;
                        li.appendChild(link);
                        li.appendChild(el('span', 'muted', ' — ' + c.issuer + (c.levelLabel ? ' — ' + c.levelLabel : '')
                            + ', ' + d.labelSection + ' ' + c.section));
                        list.appendChild(li);
                    });
                    b.appendChild(list);
                }
                if (a.reportUrl) {
                    var report = el('a', 'button button--warn', d.labelReport);
                    report.href = d.base + a.reportUrl;
                    b.appendChild(report);
                }
            }).catch(function () {
                bubble(d.labelAssistant, d.labelError, 'bubble--bot bubble--unknown');
            });
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('[data-chat-widget]').forEach(init);
    });
})();
