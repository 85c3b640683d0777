// The page around a view: its style, its one script, and a Content Security
// Policy that lets nothing else run or load (no network, no other script,
// no inline handler), even if some record text slipped past the escaping.
import { escapeHtml } from "./html.js";
import { VIEW_SCRIPT } from "./script.js";
import { VIEW_CSS } from "./style.js";

/** The SHA-256 of {@link VIEW_SCRIPT}, base64: the only script the page's policy allows (a test keeps it true). */
export const VIEW_SCRIPT_HASH = "sha256-R1bwY29m/kWyfKtzEjlZcljtPmmk/ffV15xOmyARHgw=";

/** The Content Security Policy of every view page. */
export const VIEW_POLICY = `default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src '${VIEW_SCRIPT_HASH}'; base-uri 'none'; form-action 'none'`;

/** A whole HTML document around `content`. */
export function renderPage(title: string, content: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${VIEW_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="news-schema view">
<title>${escapeHtml(title)}</title>
<style>${VIEW_CSS}</style>
<noscript><style>.later[hidden] { display: block !important; }</style></noscript>
</head>
<body>
<main>
${content}
</main>
<script>${VIEW_SCRIPT}</script>
</body>
</html>
`;
}
