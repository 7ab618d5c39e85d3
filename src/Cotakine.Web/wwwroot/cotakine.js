// Cotakine — live act search (reusable: any element with data-act-search), the patient filter suggestions and small keyboard helpers. No framework.
(() => {
  'use strict';
  const DEBOUNCE_MS = 10; // coalesces bursts (paste, key repeat) without adding visible delay

  function setup(root) {
    const input = root.querySelector('[data-search-input]');
    const box = root.querySelector('[data-search-results]');
    const mode = root.dataset.mode || 'navigate';
    const field = root.dataset.field || 'actes';
    const dateInput = root.dataset.dateInput ? document.getElementById(root.dataset.dateInput) : null;
    let timer = 0, controller = null, active = -1, lastKey = null;

    const options = () => Array.from(box.querySelectorAll('[role=option]'));
    function highlight(i) {
      const opts = options();
      if (opts.length === 0) { active = -1; input.removeAttribute('aria-activedescendant'); return; }
      active = (i + opts.length) % opts.length;
      opts.forEach((o, k) => o.setAttribute('aria-selected', k === active ? 'true' : 'false'));
      input.setAttribute('aria-activedescendant', opts[active].id);
      opts[active].scrollIntoView({ block: 'nearest' });
    }
    function close() { box.innerHTML = ''; active = -1; lastKey = null; input.setAttribute('aria-expanded', 'false'); }

    async function load() {
      const q = input.value.trim();
      const date = dateInput && dateInput.value ? dateInput.value : '';
      const key = q + '|' + date;
      if (key === lastKey) return;
      lastKey = key;
      if (q.length === 0) { close(); box.dispatchEvent(new CustomEvent('act-results', { bubbles: true, detail: { q } })); return; }
      if (controller) controller.abort();
      controller = new AbortController();
      try {
        const res = await fetch('/ui/acts?q=' + encodeURIComponent(q) + (date ? '&date=' + encodeURIComponent(date) : ''), { signal: controller.signal });
        const html = await res.text();
        if (input.value.trim() !== q) return; // a newer keystroke is on its way
        box.innerHTML = html;
        input.setAttribute('aria-expanded', options().length > 0 ? 'true' : 'false');
        highlight(0);
        box.dispatchEvent(new CustomEvent('act-results', { bubbles: true, detail: { q } }));
      } catch (e) {
        if (e.name !== 'AbortError') box.innerHTML = '<p class="empty">Recherche indisponible : vérifiez la connexion au serveur Cotakine.</p>';
      }
    }

    function pick(option) {
      if (!option) return false;
      if (mode === 'navigate') {
        const date = dateInput && dateInput.value ? '?date=' + encodeURIComponent(dateInput.value) : '';
        window.location.href = '/nomenclature/' + encodeURIComponent(option.dataset.id) + date;
        return true;
      }
      const list = root.closest('form').querySelector('[data-act-list]');
      list.appendChild(chip(option.dataset.code, field));
      input.value = '';
      close();
      input.focus();
      root.dispatchEvent(new CustomEvent('act-picked', { bubbles: true, detail: { code: option.dataset.code, id: option.dataset.id } }));
      return true;
    }

    input.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(load, DEBOUNCE_MS); });
    if (dateInput) dateInput.addEventListener('change', () => { lastKey = null; if (input.value.trim()) load(); });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown') { e.preventDefault(); highlight(active + 1); }
      else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active - 1); }
      else if (e.key === 'Escape') { close(); }
      else if (e.key === 'Enter') {
        const opts = options();
        if (opts.length > 0 && active >= 0) { e.preventDefault(); pick(opts[active]); }
        else if (mode === 'add' && input.value.trim() === '') { /* empty box: Enter submits the form */ }
      }
    });
    box.addEventListener('mousedown', (e) => { const li = e.target.closest('[role=option]'); if (li) { e.preventDefault(); pick(li); } });
    input.addEventListener('blur', () => setTimeout(() => { if (document.activeElement !== input) close(); }, 150));
  }

  function chip(code, field) {
    const li = document.createElement('li');
    li.className = 'chip';
    const span = document.createElement('span'); span.textContent = code;
    const hidden = document.createElement('input'); hidden.type = 'hidden'; hidden.name = field; hidden.value = code;
    const remove = document.createElement('button'); remove.type = 'button'; remove.className = 'chip-remove';
    remove.setAttribute('aria-label', 'Retirer ' + code); remove.textContent = '×';
    li.append(span, hidden, remove);
    return li;
  }

  document.addEventListener('click', (e) => {
    const btn = e.target.closest('.chip-remove');
    if (btn) btn.closest('.chip').remove();
    // « Imprimer » buttons: no inline onclick, the Content Security Policy allows this file's script only.
    if (e.target.closest('[data-print]')) window.print();
  });
  // « / » focuses the page's act search, as in most keyboard-first tools.
  document.addEventListener('keydown', (e) => {
    if (e.key === '/' && !/^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName)) {
      const input = document.querySelector('[data-search-input]');
      if (input) { e.preventDefault(); input.focus(); }
    }
  });
  document.querySelectorAll('[data-act-search]').forEach(setup);

  // Patient filter (« Factures »): a text field whose <datalist> is filled from GET /api/patients?q= as the kiné types.
  // Picking a suggestion puts that patient's id in the hidden field; any other text clears it and the server filters on
  // the words typed, as it does without this script.
  function setupPatientFilter(root) {
    const input = root.querySelector('[data-patient-name]');
    const hidden = root.querySelector('[data-patient-id]');
    const list = root.querySelector('[data-patient-suggestions]');
    const ids = new Map(); // label shown → id, or '' when two patients share the label
    if (input.value && hidden.value) ids.set(input.value, hidden.value);
    let timer = 0, controller = null, last = input.value.trim();
    const label = (p) => p.lastName.toUpperCase() + ' ' + p.firstName;
    const sync = () => { hidden.value = ids.get(input.value.trim()) || ''; };

    async function load() {
      const q = input.value.trim();
      if (q === last) return;
      last = q;
      if (controller) controller.abort();
      if (q.length === 0) { list.replaceChildren(); return; }
      controller = new AbortController();
      try {
        const res = await fetch('/api/patients?limit=20&q=' + encodeURIComponent(q), { signal: controller.signal, headers: { Accept: 'application/json' } });
        if (!res.ok || input.value.trim() !== q) return;
        const patients = await res.json();
        const options = patients.map((p) => {
          const text = label(p);
          ids.set(text, ids.has(text) && ids.get(text) !== p.id ? '' : p.id);
          const option = document.createElement('option');
          option.value = text;
          if (p.birthDate) option.label = text + ' — né(e) le ' + p.birthDate.split('-').reverse().join('/');
          return option;
        });
        list.replaceChildren(...options);
        sync();
      } catch (e) {
        // Suggestions only help: without them the words typed still filter once the form is sent.
        if (e.name !== 'AbortError') list.replaceChildren();
      }
    }

    input.addEventListener('input', () => { sync(); clearTimeout(timer); timer = setTimeout(load, 150); });
    input.addEventListener('change', sync);
  }
  document.querySelectorAll('[data-patient-filter]').forEach(setupPatientFilter);
})();
