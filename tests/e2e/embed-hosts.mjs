// The wwd-embed-hosts meta tag of a built index.html (the host pages allowed
// to embed the app). Any attribute order and quoting: Trunk's minifier
// rewrites the tag.

const CONTENT = /\bcontent=(?:"([^"]*)"|([^\s">]+))/;

/** `{ tag, hosts }`, the whole tag and its space-separated origins; throws if there is none. */
export function embedHostsMeta(html) {
  const tag = /<meta\s[^>]*\bname="?wwd-embed-hosts[" >][^>]*>/.exec(html)?.[0];
  const content = tag && CONTENT.exec(tag);
  if (!content) throw new Error("index.html has no wwd-embed-hosts meta tag");
  return { tag, hosts: (content[1] ?? content[2]).split(/\s+/).filter(Boolean) };
}

/** The page with `extra` origins or patterns added to the meta tag. */
export function withEmbedHosts(html, extra) {
  const { tag, hosts } = embedHostsMeta(html);
  const content = [...hosts, ...extra.split(/\s+/).filter(Boolean)].join(" ");
  return html.replace(tag, tag.replace(CONTENT, `content="${content}"`));
}
