//! Bytes to text: BOMs, UTF-8, legacy code pages, and refusing binaries.

use crate::ErrorKind;

const MAGIC: [(&[u8], &str); 10] = [
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3", "SQLite database"),
    (b"RIFF", "RIFF media file"),
    (b"\xd0\xcf\x11\xe0", "legacy office document"),
];

/// Decodes a file's bytes to text, or says why it is not a text report.
pub fn decode(bytes: &[u8]) -> Result<String, ErrorKind> {
    if bytes.is_empty() {
        return Err(ErrorKind::Empty);
    }
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && enc == encoding_rs::UTF_8 {
            let offset = std::str::from_utf8(&bytes[bom_len..])
                .err()
                .map_or(0, |e| e.valid_up_to())
                + bom_len;
            return Err(ErrorKind::InvalidUtf8 { offset });
        }
        return Ok(text.into_owned());
    }
    if let Some((_, what)) = MAGIC.iter().find(|(m, _)| bytes.starts_with(m)) {
        return Err(ErrorKind::Binary(what.to_string()));
    }
    let sample = &bytes[..bytes.len().min(8192)];
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    if sample.contains(&0) || controls * 100 > sample.len() * 2 {
        return Err(ErrorKind::Binary("control bytes in the text".into()));
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            // Valid multi-byte sequences before the bad byte mean the file is UTF-8 with
            // damage; a file with none is a legacy single-byte encoding.
            if bytes[..e.valid_up_to()].iter().any(|&b| b >= 0x80)
                || has_utf8_sequence(&bytes[e.valid_up_to()..])
            {
                return Err(ErrorKind::InvalidUtf8 {
                    offset: e.valid_up_to(),
                });
            }
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            let enc = det.guess(None, chardetng::Utf8Detection::Deny);
            let (text, _, _) = enc.decode(bytes);
            Ok(text.into_owned())
        }
    }
}

fn has_utf8_sequence(bytes: &[u8]) -> bool {
    bytes.windows(2).any(|w| {
        (0xc2..=0xf4).contains(&w[0])
            && (0x80..=0xbf).contains(&w[1])
            && std::str::from_utf8(w).is_ok()
    }) || bytes
        .windows(3)
        .any(|w| std::str::from_utf8(w).is_ok_and(|s| !s.is_ascii()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xff, 0xfe];
        for u in "Baku, Qəbələ".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&b).unwrap(), "Baku, Qəbələ");
    }

    #[test]
    fn windows_1251_and_1252() {
        let (cyr, _, _) = encoding_rs::WINDOWS_1251
            .encode("Федеральная служба безопасности задержала агента в Москве.");
        assert!(decode(&cyr).unwrap().starts_with("Федеральная"));
        let (lat, _, _) =
            encoding_rs::WINDOWS_1252.encode("The café owner’s son was detained – police said.");
        assert_eq!(
            decode(&lat).unwrap(),
            "The café owner’s son was detained – police said."
        );
    }

    #[test]
    fn refuses_binaries_and_broken_utf8() {
        assert!(matches!(
            decode(b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            Err(ErrorKind::Binary(_))
        ));
        let mut bad = "Qəbələ district court".as_bytes().to_vec();
        bad.extend_from_slice(b" \xff\xfe sentenced");
        assert!(matches!(
            decode(&bad),
            Err(ErrorKind::InvalidUtf8 { offset: 25 })
        ));
    }
}
