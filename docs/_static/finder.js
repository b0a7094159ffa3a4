// The code finder: what every scheme says about a typed code, side by side.
// The data (window.POSRC_CODES) is written from posrc's registry when the docs are built;
// nothing is fetched when the page is used.
(function () {
  "use strict";

  const data = window.POSRC_CODES;
  const input = document.getElementById("posrc-code");
  const results = document.getElementById("posrc-results");
  if (!data || !input || !results) {
    return;
  }

  const COLUMNS = [
    { zh: "方案", en: "Scheme" },
    { zh: "代码", en: "Code" },
    { zh: "含义", en: "Meaning" },
    { zh: "结果", en: "Outcome" },
    { zh: "重试", en: "Retry" },
    { zh: "终端操作", en: "Terminal action" },
    { zh: "收银员第一步", en: "Cashier's first step" },
  ];

  // Fold what a Chinese input method or a copied receipt adds, as posrc reads codes:
  // full-width letters and digits, no-break and ideographic spaces, lower case, and one
  // -, _ or space inside a native code (BL-1001).
  function normalise(text) {
    let folded = "";
    for (const char of text) {
      const point = char.codePointAt(0);
      if (point >= 0xff01 && point <= 0xff5e) {
        folded += String.fromCodePoint(point - 0xfee0);
      } else if (point === 0x3000 || point === 0xa0) {
        folded += " ";
      } else {
        folded += char;
      }
    }
    folded = folded.trim().toUpperCase();
    const native = /^([A-Z]{2})[-_ ]?([0-9]{4})$/.exec(folded);
    return native ? native[1] + native[2] : folded;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  // One cell with the Chinese line above the English one; text is {zh: ..., en: ...}.
  function bilingual(tag, text) {
    const cell = element(tag);
    const zh = element("span", "posrc-zh", text.zh);
    zh.lang = "zh";
    const en = element("span", "posrc-en", text.en);
    en.lang = "en";
    cell.append(zh, en);
    return cell;
  }

  function codeCell(record) {
    const cell = element("td", "posrc-code");
    const link = element("a", "reference internal", record.code);
    link.href = record.url;
    cell.append(link);
    if (record.native !== record.code) {
      cell.append(element("span", "posrc-native", "→ " + record.native));
    }
    return cell;
  }

  function row(record) {
    const tr = element("tr", "posrc-result");
    tr.dataset.scheme = record.scheme.value;
    tr.dataset.code = record.code;
    tr.append(
      bilingual("td", record.scheme),
      codeCell(record),
      bilingual("td", record.meaning),
      bilingual("td", record.outcome),
      bilingual("td", record.retry),
      bilingual("td", record.terminal_action),
      bilingual("td", record.cashier)
    );
    tr.children[3].classList.add("posrc-outcome-" + record.outcome.value);
    return tr;
  }

  function table(records, caption) {
    const wrapper = element("div", "table-wrapper");
    const node = element("table", "posrc-finder-table docutils");
    node.append(bilingual("caption", caption));
    const head = element("tr");
    for (const column of COLUMNS) {
      head.append(bilingual("th", column));
    }
    node.append(element("thead"));
    node.tHead.append(head);
    const body = element("tbody");
    for (const record of records) {
      body.append(row(record));
    }
    node.append(body);
    wrapper.append(node);
    return wrapper;
  }

  function notFound(key) {
    const unknown = data.unknown;
    const box = element("div", "posrc-not-found admonition warning");
    box.append(
      bilingual("p", {
        zh: "没有哪个方案有代码 " + key + "。posrc 把不认识的代码当作“" + unknown.outcome.zh + "”：",
        en: "No scheme has the code " + key + ". posrc treats a code it does not know as “" +
          unknown.outcome.en + "”:",
      }),
      bilingual("p", unknown.cashier)
    );
    return box;
  }

  function show(typed) {
    const key = normalise(typed);
    results.replaceChildren();
    results.dataset.key = key;
    if (!key) {
      return;
    }
    const found = (data.index[key] || []).map((position) => data.codes[position]);
    if (found.length === 0) {
      results.append(notFound(key));
      return;
    }
    results.append(
      table(found, {
        zh: "代码 " + key + "：" + found.length + " 个方案",
        en: "Code " + key + ": " + found.length + (found.length === 1 ? " scheme" : " schemes"),
      })
    );
    const natives = found.filter((record) => record.scheme.value === "posrc");
    for (const native of natives) {
      const same = data.codes.filter(
        (record) => record.native === native.code && record.scheme.value !== "posrc"
      );
      if (same.length > 0) {
        results.append(
          table(same, {
            zh: "与 " + native.code + " 情况相同的其他方案代码",
            en: "The same condition as " + native.code + " in other schemes",
          })
        );
      }
    }
  }

  function fromAddress() {
    return decodeURIComponent(window.location.hash.slice(1));
  }

  input.addEventListener("input", function () {
    show(input.value);
    // The address names the code, so a support desk can send the page as a link.
    const typed = input.value.trim();
    const here = window.location.pathname + window.location.search;
    window.history.replaceState(null, "", typed ? "#" + encodeURIComponent(typed) : here);
  });
  window.addEventListener("hashchange", function () {
    input.value = fromAddress();
    show(input.value);
  });
  if (window.location.hash) {
    input.value = fromAddress();
  }
  show(input.value);
})();
