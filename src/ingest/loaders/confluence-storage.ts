/**
 * Confluence "storage format": the XHTML a Confluence page is kept in (what "View storage format", the
 * REST API's `body.storage` and some space exports give), with Confluence's own `ac:` and `ri:` elements
 * among ordinary HTML. A browser would not show those elements as Confluence does: a status lozenge is a
 * macro whose colour and title are parameters, a date is an empty `<time datetime>`, a task list has
 * its ids and states as elements, a link's text is in CDATA. This turns them into the HTML the page
 * shows, so the HTML loader reads it as it reads any page.
 */

/** Two or more of Confluence's storage elements: a page in storage format, not a page naming one. */
export function isConfluenceStorage(html: string): boolean {
  return (html.match(/<(?:ac:(?:structured-macro|layout|task-list|link|image|emoticon|rich-text-body|parameter)|ri:[a-z-]+)\b/gi) ?? []).length >= 2;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A `<time datetime>` as Confluence shows it on the page: "05 Nov 2031". */
function shownDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return iso;
  const month = MONTHS[Number(m[2]) - 1];
  return month ? `${m[3]} ${month} ${m[1]}` : iso;
}

function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*"([^"]*)"`, "i").exec(tag);
  return m?.[1];
}

/** A macro's named parameter, as written between its tags (a CDATA value unwrapped). */
function parameter(macro: string, name: string): string | undefined {
  const m = new RegExp(`<ac:parameter\\b[^>]*\\bac:name="${name}"[^>]*>([\\s\\S]*?)</ac:parameter>`, "i").exec(macro);
  const value = m?.[1]?.trim();
  // (A value is already escaped as the page's HTML is, unless it is written as CDATA.)
  const cdata = value !== undefined ? /^<!\[CDATA\[([\s\S]*)\]\]>$/.exec(value)?.[1] : undefined;
  return cdata !== undefined ? escapeText(cdata.trim()) : value;
}

const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

/**
 * Task lists as the page shows them: a box ticked or not before each task's text, its id and uuid not
 * shown; a task nested in another's body is read first, from the innermost out.
 */
function tasksShown(html: string): string {
  const INNERMOST_TASK = /<ac:task>((?:(?!<ac:task>)[\s\S])*?)<\/ac:task>/gi;
  let before: string;
  let after = html;
  do {
    before = after;
    after = before.replace(INNERMOST_TASK, (_, task: string) => {
      const status = /<ac:task-status>\s*([a-z]+)\s*<\/ac:task-status>/i.exec(task)?.[1]?.toLowerCase();
      const body = /<ac:task-body>([\s\S]*)<\/ac:task-body>/i.exec(task)?.[1] ?? "";
      return `<li>${status === "complete" ? "☑" : "☐"} ${body}</li>`;
    });
  } while (after !== before);
  return after;
}

/** The HTML a Confluence page in storage format shows; any other HTML is returned as it is. */
export function confluenceStorageAsHtml(html: string): string {
  if (!isConfluenceStorage(html)) return html;
  return (
    tasksShown(html)
      // A date is an empty element that the page shows as the date: "<time datetime="2031-11-05" />".
      .replace(/<time\b([^>]*?)\/>|<time\b([^>]*)>\s*<\/time>/gi, (_, a?: string, b?: string) => {
        const iso = attribute(a ?? b ?? "", "datetime");
        return iso ? shownDate(iso) : "";
      })
      // A status lozenge shows its title in its colour: "(Red) OFF TRACK".
      // (A self-closing macro, "<ac:structured-macro … />", has no parameters and shows nothing.)
      .replace(/<ac:(?:structured-macro|link|image|task-list)\b[^>]*\/>/gi, "")
      .replace(/<ac:structured-macro\b[^>]*\bac:name="status"[^>]*(?<!\/)>([\s\S]*?)<\/ac:structured-macro>/gi, (_, body: string) => {
        const colour = parameter(body, "colour");
        const title = parameter(body, "title");
        return [colour ? `(${colour})` : "", title ?? ""].filter(Boolean).join(" ");
      })
      .replace(/<ac:task-list\b[^>]*>/gi, "<ul>")
      .replace(/<\/ac:task-list>/gi, "</ul>")
      // A link shows its own text if it has one, else the page's or attachment's name; a person linked
      // by account id has no name in the source, so shows nothing.
      .replace(/<ac:link\b[^>]*(?<!\/)>([\s\S]*?)<\/ac:link>/gi, (_, link: string) => {
        const plain = /<ac:plain-text-link-body>\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*<\/ac:plain-text-link-body>/i.exec(link)?.[1];
        if (plain !== undefined) return escapeText(plain);
        const rich = /<ac:link-body>([\s\S]*?)<\/ac:link-body>/i.exec(link)?.[1];
        if (rich !== undefined) return rich;
        // (An attribute's value is escaped as the page's HTML is.)
        const target = /<ri:(?:page|blog-post)\b([^>]*)>/i.exec(link)?.[1] ?? "";
        return attribute(target, "ri:content-title") ?? attribute(/<ri:attachment\b([^>]*)>/i.exec(link)?.[1] ?? "", "ri:filename") ?? "";
      })
      // Hints an editor sees and a reader does not; images and emoticons carry no text.
      .replace(/<ac:placeholder\b[^>]*>[\s\S]*?<\/ac:placeholder>/gi, "")
      .replace(/<ac:image\b[^>]*(?<!\/)>[\s\S]*?<\/ac:image>/gi, "")
      .replace(/<ac:emoticon\b[^>]*\/?>/gi, "")
      // A macro's plain-text body (code, noformat) is shown as it is.
      .replace(/<ac:plain-text-body>([\s\S]*?)<\/ac:plain-text-body>/gi, (_, body: string) => `<pre>${escapeText(body.replace(CDATA, "$1"))}</pre>`)
      // Other macros: a titled one (an expand, a panel) shows its title; its other parameters are settings.
      .replace(/<ac:structured-macro\b[^>]*(?<!\/)>((?:\s*<ac:parameter\b[^>]*>[\s\S]*?<\/ac:parameter>)*)/gi, (_, params: string) => {
        const title = parameter(params, "title");
        return title ? `<p><strong>${title}</strong></p>` : "";
      })
      .replace(/<ac:parameter\b[^>]*>[\s\S]*?<\/ac:parameter>/gi, "")
      // What is left of Confluence's own elements are wrappers (layouts, bodies, comment markers).
      .replace(/<\/?(?:ac|ri):[a-z-]+\b[^>]*>/gi, "")
  );
}
