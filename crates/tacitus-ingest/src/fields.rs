//! Field-name lookup shared by the JSON and CSV readers.
//!
//! A record's keys are matched against [`FieldNames`]; each slot (id, date,
//! title, ...) keeps the value of the earliest name in its list, so a user's
//! `--text-field body` (put first) wins over the built-in fallbacks.

use crate::FieldNames;

/// The document fields a record key can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Slot {
    Id,
    Date,
    Title,
    Text,
    Url,
    Source,
    Subtitle,
    Language,
}

pub(crate) const SLOT_COUNT: usize = 8;

impl Slot {
    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

fn names(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

impl Default for FieldNames {
    /// `id`, `date`, `title`, `text`, `url`, `source` first, then the names
    /// used by common news corpora: newsarticles-2017 (`article_id`,
    /// `publish_date`, `article_source_link`, `subtitle`), Reuters-21578
    /// (`newid`, `body`) and the BBC set (`id`, `title`, `text`).
    fn default() -> Self {
        FieldNames {
            id: names(&[
                "id",
                "article_id",
                "newid",
                "doc_id",
                "docid",
                "uuid",
                "guid",
            ]),
            date: names(&[
                "date",
                "publish_date",
                "published",
                "pubdate",
                "published_at",
                "datetime",
                "timestamp",
            ]),
            title: names(&["title", "headline"]),
            text: names(&["text", "body", "content", "article", "story"]),
            url: names(&["url", "article_source_link", "link", "source_url"]),
            source: names(&["source", "outlet", "publisher", "site"]),
            subtitle: names(&["subtitle", "description", "summary", "standfirst"]),
            language: names(&["language", "lang"]),
        }
    }
}

impl FieldNames {
    /// The defaults with user-chosen names put first (each `Some` is tried
    /// before the built-in names of its field).
    pub fn with_preferred(
        id: Option<&str>,
        date: Option<&str>,
        title: Option<&str>,
        text: Option<&str>,
        url: Option<&str>,
        source: Option<&str>,
    ) -> Self {
        let mut f = FieldNames::default();
        for (list, name) in [
            (&mut f.id, id),
            (&mut f.date, date),
            (&mut f.title, title),
            (&mut f.text, text),
            (&mut f.url, url),
            (&mut f.source, source),
        ] {
            if let Some(name) = name {
                list.retain(|n| n != name);
                list.insert(0, name.to_string());
            }
        }
        f
    }
}

/// A flattened lookup table from key to (slot, priority).
#[derive(Debug, Clone)]
pub(crate) struct FieldMap {
    entries: Vec<(String, Slot, u8)>,
    /// The first (preferred) name of each slot, for error messages.
    primary: [String; SLOT_COUNT],
}

impl FieldMap {
    pub(crate) fn new(f: &FieldNames) -> Self {
        let mut entries = Vec::new();
        let mut primary: [String; SLOT_COUNT] = Default::default();
        let lists = [
            (Slot::Id, &f.id),
            (Slot::Date, &f.date),
            (Slot::Title, &f.title),
            (Slot::Text, &f.text),
            (Slot::Url, &f.url),
            (Slot::Source, &f.source),
            (Slot::Subtitle, &f.subtitle),
            (Slot::Language, &f.language),
        ];
        for (slot, list) in lists {
            primary[slot.index()] = list.first().cloned().unwrap_or_default();
            for (prio, name) in list.iter().enumerate() {
                // a name claimed by an earlier slot keeps its first meaning
                if !entries
                    .iter()
                    .any(|(n, _, _): &(String, Slot, u8)| n == name)
                {
                    entries.push((name.clone(), slot, prio.min(255) as u8));
                }
            }
        }
        FieldMap { entries, primary }
    }

    /// The slot and priority of a key (exact match first, then ASCII
    /// case-insensitive, so CSV headers like `Title` work).
    pub(crate) fn lookup(&self, key: &str) -> Option<(Slot, u8)> {
        self.entries
            .iter()
            .find(|(n, _, _)| n == key)
            .or_else(|| {
                self.entries
                    .iter()
                    .find(|(n, _, _)| n.eq_ignore_ascii_case(key))
            })
            .map(|&(_, slot, prio)| (slot, prio))
    }

    pub(crate) fn primary_name(&self, slot: Slot) -> &str {
        &self.primary[slot.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preferred_names_come_first() {
        let f = FieldNames::with_preferred(None, None, None, Some("content"), None, None);
        assert_eq!(f.text[0], "content");
        let map = FieldMap::new(&f);
        assert_eq!(map.lookup("content"), Some((Slot::Text, 0)));
        assert_eq!(map.lookup("text"), Some((Slot::Text, 1)));
        assert_eq!(map.lookup("Title"), Some((Slot::Title, 0)));
        assert_eq!(map.lookup("category"), None);
        assert_eq!(map.primary_name(Slot::Text), "content");
    }
}
