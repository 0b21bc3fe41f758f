//! JSONL batches: one `{"id","url","title","published","text"|"html"}` record per line.

use crate::{document, FileRead, Limits};
use crate::{Error, ErrorKind};
use model::{Format, SourceMeta};
use serde::Deserialize;

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    url: Option<String>,
    title: Option<String>,
    published: Option<String>,
    outlet: Option<String>,
    #[serde(default)]
    authors: Vec<String>,
    language: Option<String>,
    text: Option<String>,
    html: Option<String>,
}

pub fn read(path: &str, text: &str, limits: &Limits) -> FileRead {
    let mut out = FileRead::default();
    for (i, line) in text.lines().enumerate() {
        let n = i + 1;
        if line.trim().is_empty() {
            continue;
        }
        let fail = |message: String| Error {
            path: path.to_string(),
            kind: ErrorKind::Jsonl { line: n, message },
        };
        let rec: Record = match serde_json::from_str(line) {
            Ok(r) => r,
            Err(e) => {
                out.errors
                    .push(fail(format!("not a valid JSON record ({e})")));
                continue;
            }
        };
        let id = rec.id.map(|v| match v {
            serde_json::Value::String(s) => s,
            other => other.to_string(),
        });
        let source = SourceMeta {
            record_id: id.clone(),
            url: rec.url,
            title: rec.title,
            outlet: rec.outlet,
            authors: rec.authors,
            published: rec.published,
            language: rec.language,
        };
        let (format, body) = match (rec.text, rec.html) {
            (Some(t), _) if !t.trim().is_empty() => (Format::Text, t),
            (_, Some(h)) if !h.trim().is_empty() => (Format::Html, h),
            _ => {
                out.errors
                    .push(fail("record has neither \"text\" nor \"html\"".into()));
                continue;
            }
        };
        let name = format!("{path}#{}", id.unwrap_or_else(|| n.to_string()));
        match document(&name, format, &body, source, limits) {
            Ok(d) => out.docs.push(d),
            Err(kind) => out.errors.push(fail(kind.to_string())),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::{read_bytes, Limits};

    #[test]
    fn a_truncated_line_fails_alone() {
        let batch = concat!(
            r#"{"id":"a","title":"One","published":"2023-05-02","text":"Police detained a courier in Tbilisi."}"#,
            "\n",
            r#"{"id":"b","title":"Two","text":"The SBU said"#,
            "\n",
            r#"{"id":"c","html":"<html><body><article><p>Border guards stopped a truck near Astara on Monday.</p></article></body></html>"}"#,
            "\n"
        );
        let r = read_bytes("batch.jsonl", "jsonl", batch.as_bytes(), &Limits::default()).unwrap();
        assert_eq!(r.docs.len(), 2);
        assert_eq!(r.errors.len(), 1);
        assert!(r.errors[0]
            .to_string()
            .starts_with("batch.jsonl: line 2: not a valid JSON record"));
        assert_eq!(r.docs[0].path, "batch.jsonl#a");
        assert_eq!(r.docs[0].source.published.as_deref(), Some("2023-05-02"));
        assert!(r.docs[1].original.contains("near Astara"));
    }
}
