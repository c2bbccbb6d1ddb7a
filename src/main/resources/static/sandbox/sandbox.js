// The sandbox chat console: talks to /sandbox/api, which hands everything to the bot's gateway.
(function () {
  'use strict';
  const ROLE_LABELS = {
    MEMBER: '党员', RECORDER: '记分员', BRANCH_COMMITTEE_MEMBER: '支部委员',
    GROUP_LEADER: '党小组长', SECRETARY: '支部书记', COMMITTEE_ADMIN: '机关党委管理员'
  };
  const $ = (id) => document.getElementById(id);
  let currentUser = null;
  let lastRendered = '';

  function escapeHtml(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  }

  // A page link of a message to a group carries no user: the page opens as the console's user
  // (the pages accept ?user= in sandbox mode only). The href is already HTML-escaped.
  function pageAsUser(href) {
    if (!href.startsWith('/h5/') || /[?;]user=/.test(href) || !currentUser) return href;
    return href + (href.includes('?') ? '&amp;' : '?') + 'user=' + escapeHtml(encodeURIComponent(currentUser));
  }

  // A small markdown subset: headings, bold, inline code, list items, line breaks, and links to the
  // console's own files (evidence photos on cards), to the app's own /h5 pages (公示, 我的积分, 支部积分 …)
  // and to web pages.
  function markdown(text) {
    return escapeHtml(text).split('\n').map((line) => {
      let html = line.replace(/\*\*(.+?)\*\*/g, '<b>$1</b>').replace(/`(.+?)`/g, '<code>$1</code>')
        .replace(/\[([^\]]+)\]\((\/sandbox\/api\/files\/[A-Za-z0-9\/_-]+|\/h5\/[A-Za-z0-9\/_.?=%;&-]+|https?:\/\/[^\s()<>"]+)\)/g,
          (all, label, href) => '<a href="' + pageAsUser(href) + '" target="_blank" rel="noopener">' + label + '</a>');
      const heading = html.match(/^#{1,6}\s+(.*)$/);
      if (heading) return '<h4>' + heading[1] + '</h4>';
      if (/^[-*]\s+/.test(html)) return '• ' + html.replace(/^[-*]\s+/, '') + '<br>';
      return html + '<br>';
    }).join('');
  }

  function renderCard(row) {
    let layout;
    try { layout = JSON.parse(row.body); } catch (e) { layout = { title: row.title, markdown: row.body, buttons: [] }; }
    const div = document.createElement('div');
    div.className = 'msg bot card';
    div.dataset.outTrackId = row.outTrackId;
    div.innerHTML = '<div class="card-title">' + escapeHtml(layout.title || row.title) + '</div>'
      + '<div class="card-body">' + markdown(layout.markdown || '') + '</div>'
      + (layout.status ? '<div class="card-status">' + escapeHtml(layout.status) + '</div>' : '');
    const fields = document.createElement('div');
    fields.className = 'inputs';
    const open = (layout.buttons || []).length > 0;
    (open ? layout.inputs || [] : []).forEach((i) => {
      const input = document.createElement('input');
      input.type = 'text';
      input.name = i.name;
      input.placeholder = i.label || i.name;
      input.title = i.label || i.name;
      fields.appendChild(input);
    });
    div.appendChild(fields);
    const buttons = document.createElement('div');
    buttons.className = 'buttons';
    (layout.buttons || []).forEach((b) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = b.text;
      button.dataset.actionId = b.actionId;
      button.addEventListener('click', () => press(row.outTrackId, b.actionId, b.text, fields));
      buttons.appendChild(button);
    });
    div.appendChild(buttons);
    return div;
  }

  function renderRow(row) {
    if (row.kind === 'CARD') return renderCard(row);
    const div = document.createElement('div');
    div.className = 'msg ' + (row.direction === 'USER' ? 'user' : 'bot');
    const fileUrl = row.fileCode ? '/sandbox/api/files/' + encodeURIComponent(row.fileCode) : null;
    if (row.kind === 'PICTURE' || row.kind === 'IMAGE') {
      div.innerHTML = '<img alt="' + escapeHtml(row.title) + '" src="' + fileUrl + '">';
    } else if (row.kind === 'FILE') {
      div.innerHTML = '📎 <a href="' + fileUrl + '" download="' + escapeHtml(row.title) + '">' + escapeHtml(row.title) + '</a>';
    } else if (row.kind === 'ACTION') {
      div.classList.add('action');
      div.textContent = '点击了【' + row.body + '】';
    } else if (row.direction === 'USER') {
      div.textContent = row.body;
    } else {
      div.innerHTML = markdown(row.body);
    }
    return div;
  }

  // What the user has typed into card inputs (and where the cursor is), so a re-render keeps it.
  function typedInputs(box) {
    const values = new Map();
    let focused = null;
    box.querySelectorAll('.card[data-out-track-id] .inputs input').forEach((i) => {
      const key = i.closest('.card').dataset.outTrackId + '\u0000' + i.name;
      if (i.value) values.set(key, i.value);
      if (i === document.activeElement) focused = { key, start: i.selectionStart, end: i.selectionEnd };
    });
    return { values, focused };
  }

  function restoreInputs(box, typed) {
    box.querySelectorAll('.card[data-out-track-id] .inputs input').forEach((i) => {
      const key = i.closest('.card').dataset.outTrackId + '\u0000' + i.name;
      if (typed.values.has(key)) i.value = typed.values.get(key);
      if (typed.focused && typed.focused.key === key) {
        i.focus();
        i.setSelectionRange(typed.focused.start, typed.focused.end);
      }
    });
  }

  // The console's greeting for the chosen user (who they are, three things to try). It is said when the
  // console is opened: after the messages the user already had, before those that come next, so it is
  // what the user sees on opening even with a long history (the demo year's messages).
  let greeting = null;
  function greetingRows() {
    if (!greeting) return [];
    const div = document.createElement('div');
    div.className = 'msg bot greeting';
    div.innerHTML = markdown(greeting);
    return [div];
  }

  // Messages the user had before opening the console: the last EARLIER_SHOWN stay in view, the older
  // ones are folded under one line (the demo year leaves dozens), unfolded with a click.
  const EARLIER_SHOWN = 8;
  let openedAfterId = null;
  let earlierUnfolded = false;
  function earlierRows(earlier) {
    if (earlier.length <= EARLIER_SHOWN) return earlier.map(renderRow);
    const folded = earlier.slice(0, earlier.length - EARLIER_SHOWN);
    const details = document.createElement('details');
    details.className = 'earlier';
    details.open = earlierUnfolded;
    const summary = document.createElement('summary');
    summary.textContent = '之前的 ' + folded.length + ' 条消息（点击展开）';
    details.appendChild(summary);
    folded.forEach((row) => details.appendChild(renderRow(row)));
    details.addEventListener('toggle', () => { earlierUnfolded = details.open; });
    return [details, ...earlier.slice(folded.length).map(renderRow)];
  }

  async function loadGreeting(user) {
    try {
      const response = await fetch('/sandbox/api/users/' + encodeURIComponent(user) + '/greeting');
      if (!response.ok || user !== currentUser) return;
      greeting = (await response.json()).markdown;
      lastRendered = '';
      refresh();
    } catch (e) {
      greeting = null;
    }
  }

  async function refresh() {
    if (!currentUser) return;
    const user = currentUser;
    try {
      const response = await fetch('/sandbox/api/users/' + encodeURIComponent(user) + '/messages');
      if (!response.ok || user !== currentUser) return;
      const rows = await response.json();
      const json = JSON.stringify(rows);
      if (json === lastRendered) return;
      lastRendered = json;
      const box = $('messages');
      const typed = typedInputs(box);
      if (openedAfterId === null) openedAfterId = rows.length ? rows[rows.length - 1].id : 0;
      const earlier = rows.filter((r) => r.id <= openedAfterId);
      const later = rows.filter((r) => r.id > openedAfterId);
      box.replaceChildren(...earlierRows(earlier), ...greetingRows(), ...later.map(renderRow));
      restoreInputs(box, typed);
      box.scrollTop = box.scrollHeight;
    } catch (e) {
      $('status').textContent = '连接服务器失败，正在重试…';
    }
  }

  async function post(path, body) {
    $('status').textContent = '';
    const response = await fetch('/sandbox/api/users/' + encodeURIComponent(currentUser) + path, body);
    if (!response.ok) $('status').textContent = '发送失败（' + response.status + '）';
    refresh();
  }

  function sendText() {
    const text = $('text').value.trim();
    if (!text || !currentUser) return;
    $('text').value = '';
    post('/messages', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text }) });
  }

  function press(outTrackId, actionId, buttonText, fields) {
    const inputs = {};
    fields.querySelectorAll('input').forEach((i) => { if (i.value.trim()) inputs[i.name] = i.value.trim(); });
    post('/card-actions', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ outTrackId, actionId, buttonText, inputs }) });
  }

  function upload() {
    const file = $('file').files[0];
    if (!file || !currentUser) return;
    const form = new FormData();
    form.append('file', file);
    $('file').value = '';
    post('/files', { method: 'POST', body: form });
  }

  function selectUser(userId, label) {
    currentUser = userId;
    lastRendered = '';
    greeting = null;
    openedAfterId = null;
    earlierUnfolded = false;
    $('messages').replaceChildren();
    $('who').textContent = label || userId;
    loadGreeting(userId);
    refresh();
  }

  async function loadUsers() {
    const users = await (await fetch('/sandbox/api/users')).json();
    const select = $('user');
    users.forEach((u) => {
      const option = document.createElement('option');
      option.value = u.userId;
      const roles = u.roles.map((r) => ROLE_LABELS[r] || r).join('、');
      option.textContent = u.name + '（' + roles + (u.branchName ? ' · ' + u.branchName : '') + '）· ' + u.userId;
      select.appendChild(option);
    });
    select.addEventListener('change', () => {
      history.replaceState(null, '', '?user=' + encodeURIComponent(select.value));
      selectUser(select.value, select.selectedOptions[0].textContent);
    });
    // /sandbox?user=demo-secretary opens the console as that user (links to share a role)
    const wanted = new URLSearchParams(location.search).get('user');
    const index = users.findIndex((u) => u.userId === wanted);
    if (index >= 0) select.selectedIndex = index;
    if (users.length) selectUser(select.value, select.selectedOptions[0].textContent);
  }

  $('send').addEventListener('click', sendText);
  $('text').addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); sendText(); }
  });
  $('file').addEventListener('change', upload);
  $('switch-user').addEventListener('click', () => {
    const id = $('custom-user').value.trim();
    if (id) selectUser(id, id + '（自定义用户）');
  });
  loadUsers();
  setInterval(refresh, 1000);
})();
