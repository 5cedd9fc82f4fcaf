// Suggestions as you type in the search box (#q), from GET /api/suggest, in the listbox #q-suggestions below it
// (the ARIA combobox pattern: arrows move through the list, Enter takes a suggestion, Escape closes it).
// Listeners sit on the document, so they keep working when enhanced navigation patches the page.
// Without this script the box is a plain search field and the form works the same.
(() => {
    const minimum = 2;
    let timer = 0;
    let active = -1;
    let asked = 0;

    const box = () => document.getElementById('q');
    const list = () => document.getElementById('q-suggestions');
    const options = () => Array.from(list()?.querySelectorAll('[role=option]') ?? []);

    function close() {
        const l = list(), b = box();
        if (!l || !b) return;
        l.hidden = true;
        l.replaceChildren();
        b.setAttribute('aria-expanded', 'false');
        b.removeAttribute('aria-activedescendant');
        active = -1;
    }

    function show(suggestions) {
        const l = list(), b = box();
        if (!l || !b) return;
        if (suggestions.length === 0) { close(); return; }
        l.replaceChildren(...suggestions.map((s, i) => {
            const option = document.createElement('li');
            option.id = 'q-suggestion-' + i;
            option.setAttribute('role', 'option');
            option.setAttribute('aria-selected', 'false');
            option.dataset.query = s.query;
            option.textContent = s.completion;
            const kind = document.createElement('span');
            kind.className = 'kind';
            kind.textContent = s.kind;
            option.append(' ', kind);
            return option;
        }));
        l.hidden = false;
        b.setAttribute('aria-expanded', 'true');
        active = -1;
    }

    async function ask(text) {
        if (text.trim().length < minimum) { close(); return; }
        const ticket = ++asked;
        try {
            const response = await fetch('/api/suggest?limit=8&q=' + encodeURIComponent(text), { headers: { accept: 'application/json' } });
            if (!response.ok) { close(); return; }
            const answer = await response.json();
            // An answer to an older keystroke must not replace a newer one.
            if (ticket === asked && box()?.value === text) show(answer.suggestions);
        } catch {
            close();
        }
    }

    function highlight(index) {
        const all = options();
        all.forEach((o, i) => o.setAttribute('aria-selected', i === index ? 'true' : 'false'));
        active = index;
        if (index >= 0) box().setAttribute('aria-activedescendant', all[index].id);
        else box().removeAttribute('aria-activedescendant');
    }

    function take(option) {
        const b = box();
        b.value = option.dataset.query;
        close();
        b.focus();
    }

    document.addEventListener('input', e => {
        if (e.target.id !== 'q') return;
        clearTimeout(timer);
        timer = setTimeout(() => ask(e.target.value), 120);
    });

    document.addEventListener('keydown', e => {
        if (e.target.id !== 'q' || list()?.hidden !== false) return;
        const count = options().length;
        if (e.key === 'ArrowDown') { e.preventDefault(); highlight(active + 1 >= count ? -1 : active + 1); }
        else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active - 1 < -1 ? count - 1 : active - 1); }
        else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); take(options()[active]); }
        else if (e.key === 'Escape') { e.preventDefault(); close(); }
        else if (e.key === 'Tab') close();
    });

    // mousedown, not click: the box would lose focus (and close the list) before a click arrives.
    document.addEventListener('mousedown', e => {
        const option = e.target.closest?.('#q-suggestions [role=option]');
        if (option) { e.preventDefault(); take(option); }
        else if (e.target.id !== 'q') close();
    });
})();
