//! HTML pages: main content through a Readability port (dom_smoothie), metadata from
//! `<title>`, OpenGraph / `article:*` meta tags and JSON-LD.

use crate::{ErrorKind, Limits};
use dom_smoothie::{Config, Readability, TextMode};
use model::SourceMeta;

pub struct Page {
    pub text: String,
    pub meta: SourceMeta,
}

pub fn looks_like_html(text: &str) -> bool {
    let head = text
        .trim_start()
        .get(..512)
        .unwrap_or(text.trim_start())
        .to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<') && head.contains("<body"))
}

const VOID: [&str; 14] = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
    "track", "wbr",
];

/// The deepest element nesting in `html`, counted from its tags without building a tree, and
/// stopping as soon as `limit` is passed.
pub fn nesting_depth(html: &str, limit: usize) -> usize {
    let b = html.as_bytes();
    let (mut depth, mut max, mut i) = (0usize, 0usize, 0usize);
    while let Some(off) = memchr(b'<', &b[i..]) {
        i += off + 1;
        let closing = b.get(i) == Some(&b'/');
        let start = if closing { i + 1 } else { i };
        let name_len = b[start..]
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric())
            .count();
        if name_len == 0 {
            continue;
        }
        let name = html[start..start + name_len].to_ascii_lowercase();
        let end = memchr(b'>', &b[start..]).map_or(b.len(), |e| start + e);
        let self_closing = end > 0 && b.get(end - 1) == Some(&b'/');
        if closing {
            depth = depth.saturating_sub(1);
        } else if !self_closing && !VOID.contains(&name.as_str()) {
            depth += 1;
            max = max.max(depth);
            if max > limit {
                return max;
            }
        }
        i = end;
    }
    max
}

fn memchr(needle: u8, hay: &[u8]) -> Option<usize> {
    hay.iter().position(|&c| c == needle)
}

pub fn extract(html: &str, limits: &Limits) -> Result<Page, ErrorKind> {
    let depth = nesting_depth(html, limits.max_html_depth);
    if depth > limits.max_html_depth {
        return Err(ErrorKind::HtmlTooDeep {
            depth,
            limit: limits.max_html_depth,
        });
    }
    let cfg = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut r =
        Readability::new(html, None, Some(cfg)).map_err(|e| ErrorKind::Io(e.to_string()))?;
    let json_ld = r.parse_json_ld();
    let mut md = r.get_article_metadata(json_ld);
    let text = match r.parse() {
        Ok(article) => {
            md.byline = md.byline.or(article.byline);
            md.site_name = md.site_name.or(article.site_name);
            md.published_time = md.published_time.or(article.published_time);
            article.text_content.to_string()
        }
        Err(_) => r.doc.select("body").text().to_string(),
    };
    let text = tidy(&text);
    if text.trim().is_empty() {
        return Err(ErrorKind::NoText);
    }
    let authors = md
        .byline
        .iter()
        .flat_map(|b| {
            b.trim()
                .trim_start_matches("By ")
                .trim_start_matches("by ")
                .split([',', '&'])
        })
        .flat_map(|a| a.split(" and "))
        .map(|a| a.trim().to_string())
        .filter(|a| !a.is_empty() && a.len() < 60)
        .collect();
    let meta = SourceMeta {
        record_id: None,
        url: md.url,
        title: Some(md.title).filter(|t| !t.trim().is_empty()),
        outlet: md.site_name,
        authors,
        published: md.published_time,
        language: md.lang,
    };
    Ok(Page { text, meta })
}

/// Collapses the whitespace runs of HTML text into single spaces inside lines and one blank
/// line between paragraphs.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(&words.join(" "));
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn depth_counts_nesting_not_siblings() {
        assert_eq!(nesting_depth("<div><p>a</p><p>b<br></p></div>", 100), 2);
        let deep = "<div>".repeat(100_000);
        assert!(nesting_depth(&deep, 512) > 512);
    }

    #[test]
    fn article_and_metadata_from_a_page() {
        let html = r#"<!doctype html><html lang="en"><head><title>Spy ring broken up | Caucasus Daily</title>
<meta property="og:site_name" content="Caucasus Daily">
<meta property="article:published_time" content="2023-04-18T09:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Spy ring broken up","author":{"@type":"Person","name":"Nino Kapanadze"},"datePublished":"2023-04-18"}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Spy ring broken up</h1>
<p>Georgia's State Security Service said on Monday it had detained three men suspected of photographing military sites near Gori for a foreign intelligence service.</p>
<p>The men, aged between 31 and 47, face up to fifteen years in prison if convicted of espionage, the agency said in a statement.</p>
<p>A lawyer for one of the men said his client denied the charges and would appeal against his pre-trial detention.</p>
</article><footer>Share on Facebook</footer></body></html>"#;
        let p = extract(html, &Limits::default()).unwrap();
        assert!(p.text.contains("detained three men"), "{}", p.text);
        assert!(!p.text.contains("Share on Facebook"));
        assert_eq!(p.meta.outlet.as_deref(), Some("Caucasus Daily"));
        assert_eq!(p.meta.authors, vec!["Nino Kapanadze".to_string()]);
        assert!(p
            .meta
            .published
            .as_deref()
            .unwrap_or("")
            .starts_with("2023-04-18"));
    }
}
